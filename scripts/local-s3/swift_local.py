"""Run one OpenStack Swift server from a self-contained folder, or build its rings.

Used by scripts/local-s3/index.mjs; run with Debian's /usr/bin/python3 (python3-swift).

    swift_local.py rings SWIFT_DIR DEVICES_DIR OBJECT_PORT CONTAINER_PORT ACCOUNT_PORT
    swift_local.py serve SWIFT_DIR CONF_PATH SERVER_NAME
"""
import logging
import os
import sys


def file_log_handler(conf, name, log_to_console, log_route, fmt, logger, adapted_logger):
    """Swift `log_custom_handlers` hook: log to a file in the data folder instead of syslog."""
    from swift.common.utils import get_logger
    syslog = getattr(get_logger, "handler4logger", {}).pop(logger, None)
    if syslog is not None:
        logger.removeHandler(syslog)
    path = conf.get("log_file")
    if path and not any(getattr(h, "baseFilename", None) == path for h in logger.handlers):
        handler = logging.FileHandler(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def use_swift_dir(swift_dir):
    from swift.common import utils
    from swift.common.storage_policy import reload_storage_policies
    utils.set_swift_dir(swift_dir)
    reload_storage_policies()


def build_rings(swift_dir, devices, object_port, container_port, account_port):
    from swift.common.ring import RingBuilder
    for name, port in (("object", object_port), ("container", container_port), ("account", account_port)):
        builder = RingBuilder(6, 1, 1)  # partition power 6, one replica, min_part_hours 1
        builder.add_dev({"id": 0, "region": 1, "zone": 1, "ip": "127.0.0.1", "port": int(port),
                         "device": "d0", "weight": 100})
        builder.rebalance()
        builder.get_ring().save(os.path.join(swift_dir, name + ".ring.gz"))
    os.makedirs(os.path.join(devices, "d0"), exist_ok=True)


def serve(swift_dir, conf_path, server_name):
    use_swift_dir(swift_dir)
    from swift.common.wsgi import run_wsgi
    sys.exit(run_wsgi(conf_path, server_name, verbose=False))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    command, args = sys.argv[1], sys.argv[2:]
    if command == "rings":
        build_rings(*args)
    elif command == "serve":
        serve(*args)
    else:
        sys.exit("usage: swift_local.py rings|serve ...")
