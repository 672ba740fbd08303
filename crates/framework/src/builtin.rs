//! The built-in `cto-path` framework, compiled into the binary.

/// Source text of the built-in framework (YAML).
pub const CTO_PATH_YAML: &str = include_str!("../data/cto-path.yaml");

/// File name shown in diagnostics about the built-in framework.
pub const CTO_PATH_NAME: &str = "<built-in cto-path>";
