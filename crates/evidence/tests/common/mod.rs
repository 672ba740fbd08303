//! Short constructors for the facts the sentence table expects.

use ctopath_evidence::{Direction, Fact};

pub fn team(people: u32) -> Fact {
    Fact::TeamSize { people }
}
pub fn growth(from: u32, to: u32) -> Fact {
    Fact::TeamGrowth { from, to }
}
pub fn managers(managers: u32) -> Fact {
    Fact::ManagersManaged { managers }
}
pub fn budget(amount: f64, currency: &str) -> Fact {
    Fact::Budget {
        amount,
        currency: currency.into(),
    }
}
pub fn hiring(hires: Option<u32>) -> Fact {
    Fact::Hiring { hires }
}
pub fn mentoring(people: Option<u32>) -> Fact {
    Fact::Mentoring { people }
}
pub fn promotions(people: Option<u32>) -> Fact {
    Fact::Promotions { people }
}
pub fn incidents(count: Option<u32>) -> Fact {
    Fact::Incidents { count }
}
pub fn metric(before: f64, after: f64, unit: &str) -> Fact {
    Fact::MetricChange {
        before,
        after,
        unit: unit.into(),
    }
}
pub fn pct(percent: f64, direction: Direction) -> Fact {
    Fact::PercentChange { percent, direction }
}
pub fn stage(stage: &str) -> Fact {
    Fact::CompanyStage {
        stage: stage.into(),
    }
}
pub fn company(people: u32, engineers: bool) -> Fact {
    Fact::CompanySize { people, engineers }
}
pub fn hands_on(practice: &str) -> Fact {
    Fact::HandsOn {
        practice: practice.into(),
    }
}
