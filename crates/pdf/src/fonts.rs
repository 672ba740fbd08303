//! The fonts compiled into the binary. Nothing is looked up on the system, so
//! a PDF looks the same on every machine.
//!
//! - Libertinus Serif (Classic theme) and DejaVu Sans Mono come from the
//!   `typst-assets` crate.
//! - Inter (Modern theme and reports) is vendored under `fonts/inter/` with its
//!   SIL Open Font License, which allows bundling it with software.

use typst::foundations::Bytes;
use typst::text::Font;

const INTER: [&[u8]; 5] = [
    include_bytes!("../fonts/inter/Inter-Regular.otf"),
    include_bytes!("../fonts/inter/Inter-Italic.otf"),
    include_bytes!("../fonts/inter/Inter-SemiBold.otf"),
    include_bytes!("../fonts/inter/Inter-Bold.otf"),
    include_bytes!("../fonts/inter/Inter-BoldItalic.otf"),
];

/// The families the templates name. Typst's math and Computer Modern fonts in
/// `typst-assets` are left out: no template typesets math.
const FAMILIES: [&str; 3] = ["Libertinus Serif", "Inter", "DejaVu Sans Mono"];

/// Every embedded face of the families the templates use.
pub fn embedded() -> Vec<Font> {
    typst_assets::fonts()
        .chain(INTER)
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .filter(|font| FAMILIES.contains(&font.info().family.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_the_templates_name_is_embedded_with_bold() {
        let fonts = embedded();
        for family in FAMILIES {
            let faces: Vec<_> = fonts.iter().filter(|f| f.info().family == family).collect();
            assert!(faces.len() >= 2, "{family}: {} faces", faces.len());
            assert!(
                faces
                    .iter()
                    .any(|f| f.info().variant.weight.to_number() >= 600),
                "{family} has no bold face"
            );
        }
    }
}
