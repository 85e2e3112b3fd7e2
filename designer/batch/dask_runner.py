"""Run batch jobs on a Dask distributed cluster (optional extra `cluster`; imported only when used).

Workers need Campaign Designer installed and must reach the layout, data, images and output
folder under the same paths (a shared folder); see docs/batch.md.
"""
from __future__ import annotations

from contextlib import contextmanager

from designer.errors import DesignerError

CONNECT_TIMEOUT = "20s"


@contextmanager
def dask_executor(address: str):
    """(concurrent.futures executor, number of worker threads) on the scheduler at `address`."""
    try:
        from distributed import Client
    except ImportError:
        raise DesignerError("--scheduler needs Dask: pip install 'designer[cluster]'",
                            field="--scheduler") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise DesignerError(f"cannot reach the Dask scheduler at {address} ({exc})", field="--scheduler") from None
    try:
        threads = sum(client.nthreads().values())
        if not threads:
            raise DesignerError(f"the Dask scheduler at {address} has no workers", field="--scheduler")
        yield client.get_executor(pure=False), threads
    finally:
        client.close()
