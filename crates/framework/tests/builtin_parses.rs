use ctopath_framework::{Framework, builtin};

#[test]
fn builtin_yaml_deserialises_into_the_model() {
    let fw: Framework = serde_saphyr::from_str(builtin::CTO_PATH_YAML)
        .unwrap_or_else(|e| panic!("built-in framework does not parse:\n{e}"));
    assert_eq!(fw.id, "cto-path");
}
