import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <h1 className="mb-2 text-2xl font-semibold">Page not found</h1>
      <p className="mb-4 text-slate-500">There is nothing at this address.</p>
      <Link href="/b" className="text-sky-700 underline dark:text-sky-300">
        Go to the buckets
      </Link>
    </main>
  );
}
