"""A cluster with mutual TLS: newsner runs on it with --tls-* options and gets the
local run's tables; a client without a certificate is refused.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_cluster import free_port
from test_resume_and_workers import newsner, table_bytes, write_corpus

pytest.importorskip("distributed")
if shutil.which("openssl") is None:
    pytest.skip("openssl is needed to make test certificates", allow_module_level=True)

BIN = Path(sys.executable).parent


def make_certificates(folder: Path) -> dict[str, Path]:
    """A throwaway CA and one certificate for 127.0.0.1 signed by it."""

    def ssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    ssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=newsner test CA",
    )
    ssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "node.key",
        "-out",
        "node.csr",
        "-subj",
        "/CN=127.0.0.1",
    )
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1\n")
    ssl(
        "x509",
        "-req",
        "-in",
        "node.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "node.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
    )
    return {
        "ca": folder / "ca.pem",
        "cert": folder / "node.pem",
        "key": folder / "node.key",
    }


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory):
    """A TLS-only scheduler and one worker on loopback, both with the test
    certificate.
    """
    folder = tmp_path_factory.mktemp("tls")
    certs = make_certificates(folder)
    tls = [
        "--tls-ca-file",
        str(certs["ca"]),
        "--tls-cert",
        str(certs["cert"]),
        "--tls-key",
        str(certs["key"]),
    ]
    port = free_port()
    address = f"tls://127.0.0.1:{port}"
    log = open(folder / "cluster.log", "w")
    procs = [
        subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port)]
            + ["--protocol", "tls", "--no-dashboard", *tls],
            stdout=log,
            stderr=log,
        )
    ]
    time.sleep(1.0)
    procs.append(
        subprocess.Popen(
            [str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny"]
            + ["--no-dashboard", *tls],
            stdout=log,
            stderr=log,
        )
    )
    try:
        from distributed import Client
        from distributed.security import Security

        security = Security(
            tls_ca_file=str(certs["ca"]),
            tls_client_cert=str(certs["cert"]),
            tls_client_key=str(certs["key"]),
            require_encryption=True,
        )
        with Client(address, security=security, timeout=60) as client:
            client.wait_for_workers(1, timeout=60)
        yield address, tls, certs
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        log.close()


def test_run_over_tls_equals_the_local_run(tls_cluster, tmp_path):
    address, tls, _ = tls_cluster
    corpus = write_corpus(tmp_path / "in", 12)
    local = tmp_path / "local"
    assert newsner("run", str(corpus), "--out", str(local)).wait(timeout=300) == 0
    p = newsner(
        "run", str(corpus), "--out", str(tmp_path / "out"), "--scheduler", address, *tls
    )
    _, err = p.communicate(timeout=300)
    assert p.returncode == 0, err.decode()
    assert table_bytes(tmp_path / "out") == table_bytes(local)


def test_client_without_certificate_is_refused(tls_cluster):
    from pipeline.runner.cluster import ClusterUnavailable, connect

    address, _, _ = tls_cluster
    with pytest.raises(ClusterUnavailable, match="cannot reach the Dask scheduler"):
        connect(address, timeout=3)


CONNECT = """
import sys
from distributed.security import Security
from pipeline.runner.cluster import ClusterUnavailable, connect
address, ca, cert, key = sys.argv[1:5]
extra = {"tls_client_cert": cert, "tls_client_key": key} if cert else {}
security = Security(tls_ca_file=ca, require_encryption=True, **extra)
try:
    connect(address, timeout=5, security=security).close()
except ClusterUnavailable:
    sys.exit(3)
"""


def refused(address: str, ca: Path, cert="", key="") -> bool:
    """Whether a TLS client trusting `ca`, with that certificate, is refused (in a
    fresh interpreter: a failed Dask client can leave its event loop behind)."""
    args = [sys.executable, "-c", CONNECT, address, str(ca), str(cert), str(key)]
    code = subprocess.run(args, capture_output=True, timeout=120).returncode
    assert code in (0, 3), code
    return code == 3


def test_a_tls_client_the_cluster_does_not_trust_is_refused(tls_cluster, tmp_path):
    # Every client trusts the cluster's CA, so its own side of the handshake holds:
    # only the scheduler's check of the client's certificate can refuse it.
    address, _, certs = tls_cluster
    other = make_certificates(tmp_path)
    assert not refused(address, certs["ca"], certs["cert"], certs["key"])
    assert refused(address, certs["ca"], other["cert"], other["key"])
    assert refused(address, certs["ca"])  # no certificate at all
