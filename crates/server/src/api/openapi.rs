//! The OpenAPI 3.1 document of the API.
//!
//! Paths and the small request types come from utoipa's annotations on the
//! handlers. The big models (framework, profile, assessment, plan) already publish
//! a JSON Schema through schemars, which OpenAPI 3.1 accepts as is; they are added
//! as components under their own names, so the document and `ctopath profile
//! schema` can never disagree.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use serde_json::Value;
use utoipa::OpenApi;

use super::{engine, entries, profile, tours};

/// A reference to a component whose schema schemars supplies.
macro_rules! component {
    ($marker:ident, $name:literal) => {
        pub struct $marker;
        impl utoipa::PartialSchema for $marker {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::Ref::from_schema_name($name).into()
            }
        }
        impl utoipa::ToSchema for $marker {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
        }
    };
}

component!(FrameworkDoc, "Framework");
component!(ProfileDoc, "Profile");
component!(AssessmentDoc, "Assessment");
component!(PlanDoc, "Plan");
component!(ForecastDoc, "Forecast");
component!(AchievementDoc, "Achievement");
component!(PositionDoc, "Position");
component!(RatingDoc, "Rating");
component!(TourDoc, "TourOfDuty");
component!(CheckInDoc, "CheckIn");

#[derive(OpenApi)]
#[openapi(
    info(
        title = "ctopath",
        description = "Career navigation from engineer to CTO: the local API behind `ctopath serve`. \
                       Changes need `Content-Type: application/json` (or YAML for an import) and are \
                       refused from other origins. Errors are `{ \"error\": { \"title\", \"message\", \"help\", \"problems\" } }`."
    ),
    paths(
        profile::framework, profile::people, profile::set_active, profile::get_profile,
        profile::put_profile, profile::import, profile::export,
        engine::assessment, engine::plan, engine::forecast, engine::snapshots, engine::add_snapshot,
        engine::tailor, engine::tailor_pdf, engine::interview, engine::schema,
        entries::list_achievements, entries::get_achievement, entries::add_achievement,
        entries::put_achievement, entries::delete_achievement,
        entries::list_positions, entries::get_position, entries::add_position,
        entries::put_position, entries::delete_position,
        entries::list_ratings, entries::add_rating, entries::delete_rating,
        tours::list, tours::get, tours::start, tours::checkin, tours::finish,
    ),
    tags(
        (name = "engine", description = "Assessment, plan, forecast and snapshots"),
        (name = "profile", description = "People, the profile, positions and ratings"),
        (name = "portfolio", description = "Achievements"),
        (name = "tours", description = "Tours of duty and check-ins"),
        (name = "tailor", description = "Fit to a job posting and the tailored CV"),
        (name = "framework", description = "The career framework in use"),
    )
)]
struct ApiDoc;

/// The whole document, with the model schemas filled in.
pub fn document() -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).expect("the OpenAPI document serialises");
    let mut settings = SchemaSettings::draft2020_12();
    settings.definitions_path = "/components/schemas".into();
    settings.meta_schema = None;
    let mut generator = settings.into_generator();
    let mut roots = serde_json::Map::new();
    let mut add = |name: &str, schema: schemars::Schema| {
        roots.insert(name.to_string(), schema.to_value());
    };
    add(
        "Framework",
        generator.subschema_for::<ctopath_framework::Framework>(),
    );
    add(
        "Profile",
        generator.subschema_for::<ctopath_profile::Profile>(),
    );
    add(
        "Assessment",
        generator.subschema_for::<ctopath_engine::Assessment>(),
    );
    add("Plan", generator.subschema_for::<ctopath_engine::Plan>());
    add(
        "Forecast",
        generator.subschema_for::<ctopath_engine::Forecast>(),
    );
    add(
        "Achievement",
        generator.subschema_for::<ctopath_profile::Achievement>(),
    );
    add(
        "Position",
        generator.subschema_for::<ctopath_profile::Position>(),
    );
    add(
        "Rating",
        generator.subschema_for::<ctopath_profile::Rating>(),
    );
    add(
        "TourOfDuty",
        generator.subschema_for::<ctopath_profile::TourOfDuty>(),
    );
    add(
        "CheckIn",
        generator.subschema_for::<ctopath_profile::CheckIn>(),
    );
    let definitions = generator.take_definitions(true);
    let schemas = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut);
    let schemas = match schemas {
        Some(s) => s,
        None => {
            doc["components"]["schemas"] = Value::Object(Default::default());
            doc["components"]["schemas"]
                .as_object_mut()
                .expect("just made")
        }
    };
    for (name, schema) in definitions {
        schemas.insert(name, schema);
    }
    // A root that schemars inlined (not a `$ref`) is its own component.
    for (name, schema) in roots {
        let is_ref = schema.get("$ref").is_some();
        if !is_ref || !schemas.contains_key(&name) {
            schemas.insert(name, schema);
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_resolves() {
        let doc = document();
        let text = doc.to_string();
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for name in ["Assessment", "Profile", "Plan", "Framework", "TourOfDuty"] {
            assert!(schemas.contains_key(name), "{name} is a component");
        }
        for part in text.split("\"#/components/schemas/").skip(1) {
            let name = part.split('"').next().unwrap();
            assert!(schemas.contains_key(name), "dangling reference to {name}");
        }
        assert!(doc["paths"]["/api/assessment"]["get"].is_object());
    }
}
