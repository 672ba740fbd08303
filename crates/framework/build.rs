//! Converts the built-in framework from YAML to compact JSON at build time, so a
//! process that needs it parses JSON (fast) instead of YAML at start-up. The test
//! suite checks that both give the same framework.

fn main() {
    println!("cargo::rerun-if-changed=data/cto-path.yaml");
    let yaml = std::fs::read_to_string("data/cto-path.yaml").expect("data/cto-path.yaml");
    let mut options = serde_saphyr::Options::default();
    // The same reading rules as ctopath-source uses for every YAML input.
    options.strict_booleans = true;
    options.leading_zero_numbers_as_strings = true;
    let value: serde_json::Value = serde_saphyr::from_str_with_options(&yaml, options)
        .expect("the built-in framework is valid YAML");
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("cto-path.json");
    std::fs::write(out, serde_json::to_string(&value).expect("JSON"))
        .expect("write OUT_DIR/cto-path.json");
}
