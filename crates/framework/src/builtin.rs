//! The built-in `cto-path` framework, compiled into the binary.

use std::sync::LazyLock;

use crate::{Framework, load};

/// Source text of the built-in framework (YAML).
pub const CTO_PATH_YAML: &str = include_str!("../data/cto-path.yaml");

/// File name shown in diagnostics about the built-in framework.
pub const CTO_PATH_NAME: &str = "<built-in cto-path>";

static BUILTIN: LazyLock<Framework> = LazyLock::new(|| {
    // The test suite validates the built-in data, so failing here is a build defect.
    load(CTO_PATH_NAME, CTO_PATH_YAML.as_bytes())
        .unwrap_or_else(|e| panic!("the built-in framework is invalid: {e:?}"))
});

/// The built-in `cto-path` framework, parsed once per process.
pub fn framework() -> &'static Framework {
    &BUILTIN
}
