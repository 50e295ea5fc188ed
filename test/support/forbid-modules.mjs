// node --import this-file …: fails any import of Next.js, React or Auth.js, to prove a program
// (the s3-share command line) runs without them.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      const FORBIDDEN = /^(next|react|react-dom|next-auth)(\\/|$)/;
      export async function resolve(specifier, context, next) {
        if (FORBIDDEN.test(specifier)) throw new Error("forbidden import: " + specifier);
        return next(specifier, context);
      }`),
);
