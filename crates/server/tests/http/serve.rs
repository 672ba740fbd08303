//! The server as `ctopath serve` runs it: a real socket on loopback.

use std::net::SocketAddr;

use ctopath_server::{Server, ServerConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn binds_loopback_and_answers_over_tcp() {
    let dir = tempfile::tempdir().unwrap();
    let config = ServerConfig {
        addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        db: Some(dir.path().join("serve.db").display().to_string()),
        ..ServerConfig::new()
    };
    assert!(
        ServerConfig::new().addr.ip().is_loopback(),
        "the default binds loopback only"
    );
    let server = Server::bind(config).await.unwrap();
    let addr = server.local_addr().unwrap();
    assert!(server.url().unwrap().starts_with("http://127.0.0.1:"));
    let running = tokio::spawn(server.run());

    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request =
        format!("GET /api/framework HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.unwrap();
    assert!(
        reply.starts_with("HTTP/1.1 200"),
        "{}",
        &reply[..80.min(reply.len())]
    );
    assert!(reply.contains("\"id\":\"cto-path\""));
    running.abort();
}

#[tokio::test]
async fn a_taken_port_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = ServerConfig {
        addr: taken.local_addr().unwrap(),
        db: Some(dir.path().join("serve.db").display().to_string()),
        ..ServerConfig::new()
    };
    let err = Server::bind(config)
        .await
        .err()
        .expect("the port is in use");
    assert!(err.to_string().contains("cannot listen on"), "{err}");
    assert!(err.help().contains("--addr"));
}
