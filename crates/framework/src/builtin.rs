//! The built-in `cto-path` framework, compiled into the binary.

use std::sync::LazyLock;

use crate::{Framework, load};

/// Source text of the built-in framework (YAML).
pub const CTO_PATH_YAML: &str = include_str!("../data/cto-path.yaml");

/// File name shown in diagnostics about the built-in framework.
pub const CTO_PATH_NAME: &str = "<built-in cto-path>";

/// The same framework as compact JSON, converted by the build script: parsing JSON at
/// start-up takes a fraction of the time YAML does.
const CTO_PATH_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/cto-path.json"));

static BUILTIN: LazyLock<Framework> = LazyLock::new(|| {
    // The test suite validates the built-in data and checks that the JSON and the YAML
    // agree, so failing here is a build defect.
    serde_json::from_str(CTO_PATH_JSON)
        .unwrap_or_else(|e| panic!("the built-in framework is invalid: {e}"))
});

/// The built-in framework loaded and validated from its YAML source, as any framework
/// file is. Slower than [`framework`]; for tests and tools.
pub fn framework_from_yaml() -> Result<Framework, crate::load::LoadError> {
    load(CTO_PATH_NAME, CTO_PATH_YAML.as_bytes())
}

/// The built-in `cto-path` framework, parsed once per process.
pub fn framework() -> &'static Framework {
    &BUILTIN
}
