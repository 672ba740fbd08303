//! Table-driven checks on sentences written the way resumes write them.
//!
//! Each case lists facts that must be found and, for the sentences that tempt a
//! wrong reading, kinds or facts that must not be. Precision matters more than
//! recall, so the tempting sentences are as important as the positive ones.

mod common;

use common::*;
use ctopath_evidence::{Direction, Evidence, Fact, extract};

struct Case {
    text: &'static str,
    has: Vec<Fact>,
    lacks: Vec<&'static str>,
    lacks_fact: Vec<Fact>,
    nothing: bool,
}

fn case(text: &'static str) -> Case {
    Case {
        text,
        has: vec![],
        lacks: vec![],
        lacks_fact: vec![],
        nothing: false,
    }
}

impl Case {
    fn has(mut self, f: Fact) -> Self {
        self.has.push(f);
        self
    }
    fn lacks(mut self, kind: &'static str) -> Self {
        self.lacks.push(kind);
        self
    }
    fn lacks_fact(mut self, f: Fact) -> Self {
        self.lacks_fact.push(f);
        self
    }
    fn nothing(mut self) -> Self {
        self.nothing = true;
        self
    }
    fn is_negative(&self) -> bool {
        self.nothing || !self.lacks.is_empty() || !self.lacks_fact.is_empty()
    }
}

use Direction::{Down, Up};

fn cases() -> Vec<Case> {
    vec![
        // Team size
        case("Led a team of 12 engineers across payments and risk.").has(team(12)),
        case("Managing 40+ engineers in three time zones.").has(team(40)),
        case("Led 8 engineers through a full rewrite of the billing stack.").has(team(8)),
        case("Built and ran a 15-person platform team.").has(team(15)),
        case("Headed a team of a dozen SREs responsible for 300 services.").has(team(12)),
        case("Managed a team of 10–15 engineers depending on the quarter.").has(team(15)),
        // The groups of one list make one team.
        case("Oversaw twenty engineers and two designers.").has(team(22)).lacks_fact(team(20)),
        case("Led 2 SREs and 3 DBAs on the database platform.").has(team(5)).lacks_fact(team(2)),
        case("Led a team of 5 backend and 3 frontend engineers.").has(team(8)).lacks_fact(team(3)),
        case("Managed 4 engineers, 2 testers and 3 designers.").has(team(9)),
        case("Managed ~1,200 engineers, 40 contractors and 9 directors.").has(team(1240)),
        case("Worked alongside 4 designers and 2 engineers.").lacks("team_size"),
        case("Had 7 direct reports, including two tech leads.").has(team(7)),
        case("Led a team of twenty-five engineers.").has(team(25)),
        case("Led two engineers and a designer on the pricing rebuild.").has(team(2)),
        case("Managed half a dozen contractors during the launch.").has(team(6)),
        case("TLM for a team of 7 engineers on search.").has(team(7)),
        case("Line manager to 4 engineers in the data team.").has(team(4)),
        case("Lead a team of 6 enterprise architects.").has(team(6)),
        case("Sent the release notes to 4 engineers.").lacks("team_size"),
        case("Led engineering (25 engineers) through the Series B.").has(team(25)),
        case("Managed the QA function (9 testers).").has(team(9)),
        case("Worked in engineering (25 engineers).").lacks("team_size"),
        case("Reduced the team's build time by 12 minutes.").lacks("team_size"),
        case("Led 3 projects to migrate our Python 3 services.").lacks("team_size").has(Fact::Migration),
        case("Led the payments workstream for 3 years.").nothing(),
        case("Managed 12 microservices and a team of 4.").has(team(4)).lacks_fact(team(12)),
        case("Led a team of 6-month contractors through a pilot.").lacks("team_size"),
        // Team growth
        case("Grew engineering from 12 to 45 in eighteen months.")
            .has(growth(12, 45))
            .has(Fact::Hypergrowth),
        case("Scaled the team from 5 to 80 engineers while keeping attrition under 5%.")
            .has(growth(5, 80))
            .has(Fact::Hypergrowth)
            .lacks("percent_change"),
        case("Team grew from 6 to 9 engineers after the Series B.")
            .has(growth(6, 9))
            .has(stage("startup"))
            .lacks("hypergrowth"),
        case("Grew revenue from 2 to 5 million in two years.")
            .lacks("team_growth")
            .lacks("metric_change")
            .lacks("hypergrowth"),
        case("Grew the platform from 3 to 30 services.")
            .lacks("team_growth")
            .has(metric(3.0, 30.0, "services")),
        case("Grew the team from 8 to 10 engineers.").has(growth(8, 10)).lacks("hypergrowth"),
        case("Fast-growing seed-stage startup, 8 people.")
            .has(Fact::Hypergrowth)
            .has(stage("startup")),
        case("Joined a high-growth fintech as its fifth engineer.").has(Fact::Hypergrowth),
        case("The company was growing fast after the Series A.").has(Fact::Hypergrowth),
        case("Built a growing library of 40 components.").lacks("hypergrowth"),
        // Managers managed
        case("Managed 4 engineering managers and their 35 engineers.").has(managers(4)),
        case("Led an organisation of 120 people through 7 VPs and directors.")
            .has(team(120))
            .has(managers(7)),
        case("As a manager of managers, managed 3 managers and 2 tech leads.").has(managers(3)),
        case("Managed ~1,200 engineers through 9 directors.").has(team(1200)).has(managers(9)),
        case("Worked alongside 4 engineering managers on the quarterly roadmap.")
            .lacks("managers_managed"),
        case("Coordinated launches with 5 product managers.").lacks("managers_managed"),
        // Budget
        case("Managed a $3M annual infrastructure budget.").has(budget(3e6, "USD")),
        case("Owned $12M cloud spend across AWS and GCP.").has(budget(12e6, "USD")),
        case("Full P&L of €5m for the payments unit.").has(budget(5e6, "EUR")),
        case("P&L owner for a $60M technology consulting business.").has(budget(60e6, "USD")),
        case("Owned a $4M business unit P&L.").has(budget(4e6, "USD")),
        case("Own the $1.5M test infrastructure budget.").has(budget(1.5e6, "USD")),
        case("Responsible for a £500k tooling budget.").has(budget(5e5, "GBP")),
        case("Held a budget of USD 2.5m for vendors and contractors.").has(budget(2.5e6, "USD")),
        case("Ran a 1.2 million EUR hiring budget.").has(budget(1.2e6, "EUR")),
        case("Owned a 12M€ cloud budget.").has(budget(12e6, "EUR")),
        case("Managed a €1.2bn capex programme.").has(budget(1.2e9, "EUR")),
        case("Helped the company reach $3M ARR within a year.").lacks("budget"),
        case("Saved $400k in annual cloud spend by rightsizing clusters.").lacks("budget"),
        case("Raised a $5M seed round alongside the CEO.").lacks("budget"),
        // Board exposure
        case("Presented the engineering roadmap to the board every quarter.")
            .has(Fact::BoardExposure),
        case("Prepared quarterly board updates and monthly investor updates.")
            .has(Fact::BoardExposure),
        case("Present engineering KPIs and the technology roadmap to the board every quarter")
            .has(Fact::BoardExposure),
        case("Board-facing: quarterly engineering updates to the board").has(Fact::BoardExposure),
        case("Report to the CEO and the board").has(Fact::BoardExposure),
        case("Report to the CEO and Head of Product").lacks("board_exposure"),
        case("Presented to investors during the Series B raise").has(Fact::BoardExposure),
        case("Quarterly updates to our investors on the roadmap").has(Fact::BoardExposure),
        case("Member of the technical advisory board").lacks("board_exposure"),
        case("Pitched the product to customers and investors' portfolio companies")
            .lacks("board_exposure"),
        case("Moved the team from a Jira board to Linear.").lacks("board_exposure"),
        case("Onboarding new hires onto the dashboard stack.").lacks("board_exposure"),
        case("Chaired the architecture review board meetings.").lacks("board_exposure"),
        // Hiring
        case("Hired 25 engineers in 2022, half of them senior.").has(hiring(Some(25))),
        case("Hired 3 contractors to cover the migration.")
            .has(hiring(Some(3)))
            .has(Fact::Migration)
            .lacks_fact(hiring(None)),
        case("Built the hiring process from scratch, including a take-home rubric.")
            .has(hiring(None)),
        case("Made 40+ hires across engineering and data.").has(hiring(Some(40))),
        case("Was hired as a senior engineer to stabilise the API.").lacks("hiring"),
        case("3 years as a backend engineer at a fintech.").nothing(),
        // Mentoring
        case("Mentored 6 engineers, two of whom became tech leads.").has(mentoring(Some(6))),
        case("Ran a mentorship program for new graduates.").has(mentoring(None)),
        case("Was mentored by the VP of Engineering during my first year.").lacks("mentoring"),
        case("Coach for three new managers promoted last year.").has(mentoring(Some(3))),
        // Given a coach, not being one; an uncounted "coach for" may be either.
        case("Was assigned a coach for my first year.").lacks("mentoring"),
        // Promotions
        case("3 of my reports were promoted to senior within a year.").has(promotions(Some(3))),
        case("Promoted 4 engineers to staff and principal.").has(promotions(Some(4))),
        case("Helped five engineers earn promotions.").has(promotions(Some(5))),
        case("Promoted to Staff Engineer after 18 months.").lacks("promotions"),
        case("Earned 2 promotions in 3 years.").lacks("promotions"),
        // On-call and incidents
        case("Set up the on-call rotation and runbooks for 40 services.").has(Fact::OnCall),
        case("Led incident response for 30+ production incidents.").has(incidents(Some(30))),
        case("Resolved over 50 P1 incidents as incident commander.")
            .has(incidents(Some(50)))
            .lacks_fact(incidents(None)),
        case("Reduced incidents by 40% through better alerting.")
            .has(pct(40.0, Down))
            .lacks("incidents"),
        case("Based on call volume data, redesigned the support queue.").lacks("on_call"),
        // Migration
        case("Migrated from a monolith to services over 18 months.").has(Fact::Migration),
        case("Moved 200 VMs from the on-prem data centre to AWS.").has(Fact::Migration),
        case("Wrote database migrations for the billing schema.").lacks("migration"),
        // Metric change
        case("Cut CI time from 45 to 7 minutes by parallelising tests.").has(metric(45.0, 7.0, "min")),
        case("Reduced p99 latency from 800ms to 120ms.").has(metric(800.0, 120.0, "ms")),
        // The micro sign and the Greek mu both write microseconds.
        case("Cut lookup time from 900µs to 40µs.").has(metric(900.0, 40.0, "µs")),
        case("Cut lookup time from 900\u{3bc}s to 40\u{3bc}s.").has(metric(900.0, 40.0, "µs")),
        // Non-breaking spaces, as text pasted from PDFs and word processors has them.
        case("Led a\u{a0}team of\u{a0}12\u{a0}engineers.").has(team(12)),
        case("GREW ENGINEERING FROM 12 TO 45.").has(growth(12, 45)),
        case("Deploy lead time: 2 weeks → 1 day.").has(metric(14.0, 1.0, "days")),
        case("Build times 45 → 7 min after caching.").has(metric(45.0, 7.0, "min")),
        case("Brought the release cycle from 2 hours to 15 minutes.").has(metric(120.0, 15.0, "min")),
        case("Grew ARR from $2M to $5M.").has(metric(2e6, 5e6, "USD")).lacks("budget"),
        case("Worked there from 2019 to 2021.").nothing(),
        case("Upgraded services from Python 2 to Python 3.").nothing(),
        // Percent change
        case("Cut cloud costs by 60% in two quarters.").has(pct(60.0, Down)),
        case("Increased conversion 12% with a new checkout flow.").has(pct(12.0, Up)),
        case("Improved p95 latency by 35 percent.").has(pct(35.0, Down)),
        case("Delivered a 20% reduction in infrastructure spend.").has(pct(20.0, Down)).lacks("budget"),
        case("Maintained 99.9% uptime for the core API.").lacks("percent_change"),
        case("Increased test coverage to 85% across the monorepo.").lacks("percent_change"),
        case("Increased headcount while we cut costs by 20%.").has(pct(20.0, Down)).lacks_fact(pct(20.0, Up)),
        // Company stage and size
        case("Joined a Series A startup as the first engineer.")
            .has(stage("startup"))
            .has(Fact::Founder),
        case("Engineering leader at a Fortune 500 insurer.").has(stage("enterprise")),
        case("Built the data platform at a pre-seed company.").has(stage("startup")),
        case("Joined a fast-growing scale-up in Berlin.").has(stage("scaleup")),
        case("VP Engineering at a publicly listed retailer.").has(stage("enterprise")),
        case("Cut JVM startup time by 30%.").lacks("company_stage").has(pct(30.0, Down)),
        case("Improved app startup by 40%.").lacks("company_stage"),
        case("Raised a $2M seed round with my co-founder.").has(stage("startup")),
        case("Consumer app startup, 6 people").has(stage("startup")).has(company(6, false)),
        // Set off after a verb of leading, the same count is the writer's team.
        case("Lead product and design, 25 people").has(team(25)).lacks("company_size"),
        // One-on-ones and reviews count the people a writer manages.
        case("Run weekly 1:1s with the 6 engineers on the claims team").has(team(6)),
        case("Coached two engineers into team lead roles").lacks("team_size"),
        case("Sponsored the promotion of 3 engineers to staff").has(Fact::Promotions { people: Some(3) }),
        case("Promoted 3 of my reports to senior").has(Fact::Promotions { people: Some(3) }),
        case("Wrote performance reviews for all 9 engineers in the group").has(team(9)),
        case("Held one-on-ones with 4 direct reports").has(team(4)),
        case("Ran 1:1s with the product manager").lacks("team_size"),
        // A labelled count is the team, and only a count of people.
        case("Team: 12 engineers").has(team(12)).lacks("company_size"),
        // A chapter is a group of engineers (the squad-and-tribe model), and looking after
        // people is leading them.
        case("Led a chapter of 14 backend engineers").has(team(14)),
        case("Looked after 11 engineers").has(team(11)),
        // "Engineering of N" is the engineering organisation: led, or worked in.
        case("Lead engineering of 14 across 3 teams with 2 engineering managers").has(team(14)),
        case("Head of engineering of 30 people").has(team(30)),
        case("Joined engineering of 200 people").has(company(200, true)),
        case("Bachelor of Engineering of 4 years").nothing(),
        // Big tech's names for its engineers.
        case("Manage two teams (16 SDEs) in Prime Video playback").has(team(16)),
        case("Managing 6 SWEs").has(team(6)),
        case("Looked after the CI pipeline for 3 years").lacks("team_size"),
        case("A chapter of 3 pages on testing").lacks("team_size"),
        // Direct reports in brackets after a role; not any count of reports.
        case("Team lead (5 reports)").has(team(5)),
        case("Engineering Manager (8 directs)").has(team(8)),
        case("Wrote reports (5 reports a week)").lacks("team_size"),
        case("Direct reports: 8").has(team(8)),
        // The writer and the engineers beside them are the whole team; one project's crew
        // is not.
        case("Building our MVP with one other engineer").has(Fact::CompanySize { people: 2, engineers: true }),
        case("It's just me and 2 other developers").has(Fact::CompanySize { people: 3, engineers: true }),
        case("Designed the cache with two other engineers").lacks("company_size"),
        case("Interim EM for 9 engineers since June 2023").has(team(9)),
        case("People manager for 7").has(team(7)),
        case("Engineering manager for 2 years").lacks("team_size"),
        // The company growing around the writer is its size and pace, not a team led.
        case("The company grew from 6 to 40 people in 18 months")
            .has(Fact::CompanySize { people: 40, engineers: false })
            .has(Fact::Hypergrowth)
            .lacks("team_growth"),
        case("We grew the team from 5 to 20 engineers").has(Fact::TeamGrowth { from: 5, to: 20 }),
        // Groups someone is responsible for, tech leads among the people, teams of N each.
        case("Responsible for 3 squads (~25 engineers)").has(team(25)),
        case("Managing 4 tech leads and 30 engineers").has(team(34)),
        case("Leading 2 teams of 5 engineers each").has(team(10)),
        // A list of specialities before the people led.
        case("Lead 350 digital, data and technology staff").has(team(350)),
        case("Managed 12 backend and mobile engineers").has(team(12)),
        // Quality engineers are engineers, and managers a count of people spans are managed.
        case("Lead 40 quality engineers and SDETs across 5 QE managers")
            .has(team(40))
            .has(Fact::ManagersManaged { managers: 5 }),
        case("Worked across 3 product managers").lacks("managers_managed"),
        // Deciding hires, counted by the roles filled.
        case("Hiring manager for 15 roles across three teams").has(Fact::Hiring { hires: Some(15) }),
        case("Ran hiring for 12 backend engineers").has(Fact::Hiring { hires: Some(12) }),
        case("Filled 8 open roles in one quarter").has(Fact::Hiring { hires: Some(8) }),
        case("Acted as hiring manager for the platform team").has(Fact::Hiring { hires: None }),
        case("Filled 3 gaps in the test suite").lacks("hiring"),
        case("Reports: 8 dashboards").lacks("team_size"),
        case("Direct mail campaigns, 5 people").has(company(5, false)),
        case("Lead Engineer at Acme (40 engineers)").lacks("team_size"),
        case("Led engineering at a Series B scale-up (110 employees, 35 engineers)").lacks("team_size"),
        case("Grew the product team from 3 to 12 PMs").has(Fact::TeamGrowth { from: 3, to: 12 }),
        case("Wrote a series of articles on testing.").lacks("company_stage"),
        // An employer described by its size or reach, not a department, client or market.
        case("Enterprise healthcare group").has(stage("enterprise")),
        case("Global bank, 80,000 employees").has(stage("enterprise")),
        case("Engineering manager at a large insurer.").has(stage("enterprise")),
        case("Led a large engineering organisation of 9 teams.").lacks("company_stage"),
        case("Migrated a large retailer to AWS.").lacks("company_stage"),
        case("Built the mobile app for a large bank.").lacks("company_stage"),
        case("Sold the platform to large enterprise customers.").lacks("company_stage"),
        case("Led a global team of 12 engineers.").lacks("company_stage"),
        // `[-\s]` takes any white space and nothing else between the word and the letter.
        case("Joined at Series\u{a0}C to build the platform.").has(stage("scaleup")),
        case("Raised a series(C) note.").lacks("company_stage"),
        case("Moved services off bare\u{2009}metal.").has(Fact::Migration),
        case("CTO of a 400-person company.").has(company(400, false)),
        // An engineering organisation of N, not led: the size of the engineering around
        // the writer, as "a 200-person engineering organisation" already reads.
        case("Joined an engineering organisation of 200 as a backend engineer.")
            .has(company(200, true))
            .lacks("team_size"),
        case("Engineering department of 45, split across Berlin and Lisbon.").has(company(45, true)),
        case("An organisation of 3 teams building the app.").lacks("company_size"),
        // The writer's own company, counted in the first person.
        case("We are 4 people, all remote.").has(company(4, false)).lacks("team_size"),
        case("We're now 30 engineers across two offices.").has(company(30, true)),
        case("We have 3 engineers in my team.").lacks("company_size"),
        case("Only engineer besides the CTO.").has(company(2, true)),
        case("Sole developer at the company.").has(company(1, true)),
        case("One of three engineers.").has(company(3, true)),
        case("The only engineer who knew the billing code.").lacks("company_size"),
        case("A four-person seed-stage startup.").has(company(4, false)),
        case("Co-founded a 12-person venture-backed fintech company.").has(company(12, false)),
        case("Part of a 200 engineers org spread across four hubs.").has(company(200, true)),
        case("Joined a startup with 30 engineers and 120 employees.")
            .has(company(30, true))
            .has(company(120, false))
            .has(stage("startup")),
        // A head count standing alone between commas describes the organisation; after a
        // verb it is a team led or people hired.
        case("Healthtech scale-up, 220 engineers").has(company(220, true)),
        case("Series B; 80 software engineers, 300 people.").has(company(80, true)),
        case("Fintech, 35 staff.").has(company(35, false)),
        case("Mentored 6 people, two of them promoted.").lacks_fact(company(6, false)),
        case("Hired 40 engineers in a year.").lacks_fact(company(40, true)),
        case("Led 45 engineers, through 3 managers.")
            .has(team(45))
            .lacks_fact(company(45, true)),
        case("Worked with 30 engineers across four teams.").lacks_fact(company(30, true)),
        // Hypergrowth
        case("Navigated hypergrowth as headcount tripled.").has(Fact::Hypergrowth),
        case("Tripled headcount in 14 months.").has(Fact::Hypergrowth),
        // A stated multiple of the team: 2.5 times or more is hypergrowth.
        case("Grew the team 3x to 30 engineers")
            .has(Fact::Hypergrowth)
            .has(team(30)),
        case("Grew the team 3x in a year.").has(Fact::Hypergrowth),
        case("Grew the team 1.5x to 12 engineers")
            .has(team(12))
            .lacks("hypergrowth"),
        case("The business grew 3x in a year.").has(Fact::Hypergrowth),
        case("Revenue grew 1.5x year over year.").lacks("hypergrowth"),
        // Hands-on practice
        case("Still write code daily and review every pull request.")
            .has(hands_on("coding"))
            .has(hands_on("code_review")),
        case("Debug production myself when incidents escalate.").has(hands_on("debugging")),
        case("Remained hands-on while managing three teams.").has(hands_on("hands_on")),
        case("Gained hands-on experience with Kubernetes and Terraform.").lacks("hands_on"),
        // Cross-functional
        case("Partnered with sales and finance on enterprise pricing.").has(Fact::CrossFunctional),
        case("Ran a cross-functional squad of 9.").has(Fact::CrossFunctional).has(team(9)),
        case("Worked with engineers in three offices.").lacks("cross_functional"),
        // Fractional and founder
        case("Fractional CTO for 3 startups in fintech and health.")
            .has(Fact::Fractional)
            .has(stage("startup")),
        case("Optimised fractional indexing in the collaborative editor.").lacks("fractional"),
        case("Co-founded a developer tooling company and led it to acquisition.")
            .has(Fact::Founder),
        case("Founding engineer; built the first version of the product.").has(Fact::Founder),
        case("Reported directly to the founder and CEO.").lacks("founder"),
        case("Joined to lead engineering after the founding CTO left.").lacks("founder"),
        case("Worked closely with one of the founders.").lacks("founder"),
        case("Joined as the founding engineer of a fintech.").has(Fact::Founder),
        case("Acme was founded in 2012 and sells to hospitals.").lacks("founder"),
        case("Hired our first engineer in Lisbon.").lacks("founder").has(hiring(None)),
        // Several facts in one sentence
        case("Led 30 engineers, hired 12 more engineers, and cut cloud spend by 25%.")
            .has(team(30))
            .has(hiring(Some(12)))
            .has(pct(25.0, Down)),
        case("Scaled engineering from 20 to 150 people at a Series C company while presenting to the board monthly.")
            .has(growth(20, 150))
            .has(Fact::Hypergrowth)
            .has(stage("scaleup"))
            .has(Fact::BoardExposure),
        case("Interviewed 300+ candidates and hired 40.")
            .has(hiring(Some(40)))
            .lacks_fact(hiring(None)),
        case("Hired 8, mentored 5 and promoted 2.")
            .has(hiring(Some(8)))
            .has(mentoring(Some(5)))
            .has(promotions(Some(2))),
        case("Oversaw 3 managers who oversaw 25 engineers.").has(managers(3)).has(team(25)),
        case("SVP Engineering at a NASDAQ-listed company with 4,000 employees.")
            .has(stage("enterprise"))
            .has(company(4000, false)),
        case("Took the team from zero to 20 engineers.").has(growth(0, 20)).lacks("hypergrowth"),
        case("Increased revenue by 120% YoY and reduced churn by 30%.")
            .has(pct(120.0, Up))
            .has(pct(30.0, Down)),
        case("Recruited and onboarded 18 engineers in 9 months.").has(hiring(Some(18))),
        case("Cut MTTR from 4h to 35m.").has(metric(240.0, 35.0, "min")),
        case("p50 latency 300ms -> 40ms.").has(metric(300.0, 40.0, "ms")),
        case("Cut AWS bill from $1.2M to $800k per year.").has(metric(1.2e6, 8e5, "USD")).lacks("budget"),
        case("Went from 2 to 200 deploys per week.").has(metric(2.0, 200.0, "deploys per week")),
        case("Decreased error rates from 2% to 0.1%.").has(metric(2.0, 0.1, "%")),
        case("Managed P&L of $10 million for the EMEA region.").has(budget(1e7, "USD")),
        case("Managed a distributed team of 30+ across 6 time zones.").has(team(30)),
        case("Grew the team to 45 engineers in two years.").has(team(45)),
        case("Team size: 12.").has(team(12)),
        case("Led engineering for a 50-person startup through Series B.")
            .has(company(50, false))
            .has(stage("startup")),
        case("Coached 3 first-time managers.").has(mentoring(Some(3))),
        case("Was the first engineering hire at Pipewise.").has(Fact::Founder),
        case("Drove 6 promotions on my team in 2023.").has(promotions(Some(6))),
        case("Startup time down 40% after lazy loading.")
            .has(pct(40.0, Down))
            .lacks("company_stage"),
        case("A hands-on CTO who still ships code weekly.")
            .has(hands_on("hands_on"))
            .has(hands_on("coding")),
        case("Founded Widget Labs, a B2B payments startup.").has(Fact::Founder).has(stage("startup")),
        // More sentences that tempt a wrong reading
        case("Grew users from 10k to 2M.").lacks("metric_change").lacks("team_growth"),
        case("Grew the team to 45% women.").lacks("team_size"),
        case("Managed relationships with 12 vendors and 3 agencies.").nothing(),
        case("Team of the year award, 2021.").nothing(),
        case("Ran a 10k race for charity.").nothing(),
        case("Responsible for $50M revenue.").lacks("budget"),
        case("Negotiated a $1.5M AWS contract.").lacks("budget"),
        case("Cut $2M from the annual cloud budget.").lacks("budget"),
        case("Board game night organiser.").nothing(),
        case("Founder of the engineering book club.").lacks("founder"),
        case("Company co-founded by two ex-Googlers.").lacks("founder"),
        // Only a co-founder has a co-founder of their own; "our" founder is someone else.
        case("Built the MVP with my co-founder.").has(Fact::Founder),
        case("Reported to our co-founder and CEO.").lacks("founder"),
        case("Worked closely with my founder-led team.").lacks("founder"),
        case("First engineering manager hired at the company.").lacks("founder"),
        case("Promoted twice in three years.").nothing(),
        case("Received coaching from an executive coach.").lacks("mentoring"),
        case("Trained 3 ML models for fraud detection.").nothing(),
        case("Hands-on with Go, Rust and Kubernetes.").lacks("hands_on"),
        case("Reviewed the budget with finance.").lacks("hands_on").lacks("budget"),
        case("Built a debugger for production.").lacks("hands_on"),
        case("Bird migration research assistant.").lacks("migration"),
        case("99.99% availability across 40 services.").nothing(),
        case("Reached 80% test coverage.").nothing(),
        case("Shipped v2 of the API to 3,000 customers.").nothing(),
        case("Python 3, Go 1.21, Postgres 15; version 3.2 released in Q3 2022.").nothing(),
        case("Led the org from 40 to 25 engineers through a restructure.")
            .lacks("team_growth")
            .lacks("hypergrowth"),
        case("Scaled the platform to 3 regions.").nothing(),
        case("Improved NPS by 15 points.").nothing(),
        case("Supported 120 engineers with internal tooling.").lacks("team_size"),
        case("Managed budgets across the org of 300 engineers.")
            .lacks("team_size")
            .has(company(300, true)),
        case("Took over a team of 5 after my manager left and ran it for 6 months.").has(team(5)),
        case("Led a 9-month effort to move 60 services off Heroku, saving $180k a year.")
            .has(Fact::Migration)
            .lacks("team_size")
            .lacks("budget"),
        case("Hired the first 10 engineers and the first engineering manager.")
            .has(hiring(Some(10)))
            .lacks("founder"),
        case("Increased deployment frequency 5x and cut change failure rate in half.")
            .has(pct(50.0, Down)),
        // A team the writer belongs to is not one they lead.
        case("Member of a team of 8 engineers building the checkout.").lacks("team_size"),
        case("Worked in a team of 10 developers on the mobile app.").lacks("team_size"),
        case("Part of a 6-person team that owns search.").lacks("team_size"),
        case("Reviewed code for a team of 6.").lacks("team_size"),
        case("Joined a squad of 7 working on payments.").lacks("team_size"),
        case("Tech lead on a team of 6 engineers.").has(team(6)),
        case("Responsible for a team of 8 engineers.").has(team(8)),
        // The head count of the groups a writer leads is their team.
        case("Manage 3 teams (25 engineers) in Ads infrastructure.").has(team(25)),
        case("Lead 3 teams, 25 engineers in total.").has(team(25)),
        // Managers listed with their engineers are led too: an organisation of 50.
        case("Managed 5 engineering managers and 45 engineers.")
            .has(managers(5))
            .has(team(50)),
        case("Leading 4 EMs and 32 ICs.").has(managers(4)).has(team(36)),
        case("Tripled engineering headcount to 90.").has(team(90)),
        // A word naming the team's work may sit between the count and the team.
        case("Lead the 5-person SRE team.").has(team(5)),
        case("Technical lead for 3 teams (24 engineers) on storage.").has(team(24)),
        case("Tech lead across 3 teams, 24 engineers.").has(team(24)),
        case("Worked in 3 teams (24 engineers).").lacks("team_size"),
        case("Run a 12-person payments team.").has(team(12)),
        case("Part of a 6-person mobile team.").lacks("team_size"),
        case("Lead a practice of 250 consultants.").has(team(250)),
        case("Doubled the team to 24 engineers.").has(team(24)),
        case("Head of a 45-strong engineering department.").has(team(45)),
        case("Worked in a 45-strong engineering department.").lacks("team_size"),
        case("Run the platform group: 4 teams, 28 engineers.").has(team(28)),
        case("Manage 3 teams (25 engineers) and 2 team leads.")
            .has(team(25))
            .has(managers(2)),
        case("Partnered with 2 product managers on the roadmap.").lacks("managers_managed"),
        case("Worked across 3 teams (25 engineers) on the API.").lacks("team_size"),
        case("Lead delivery of a cloud migration programme for a retail client with 40 engineers across 4 teams.")
            .has(team(40)),
        case("Worked with 40 engineers across 4 teams on the migration.").lacks("team_size"),
        case("Lead the ML research and platform teams (18 scientists and engineers).")
            .has(team(18)),
        // Quality engineering leaders write their own nouns.
        case("Lead 4 QE managers and 30 SDETs across 12 product teams.")
            .has(managers(4))
            .has(team(34)),
        case("Acting team lead for 5 developers since 2020.").has(team(5)),
        case("Lead for 3 years on the payments API.").lacks("team_size"),
        case("Mentor and line-manage 3 juniors.").has(team(3)),
        case("Line managed 4 graduates through their first year.").has(team(4)),
        case("Running the on-call rotation for a team of 9.").has(team(9)),
        case("Running 1:1s and performance reviews for a team of 5 since my manager left.")
            .has(team(5)),
        case("Shipped the app. Worked with a team of 6 designers.").lacks("team_size"),
        case("• Led hiring • part of a team of 9 engineers").lacks("team_size"),
        // Ordinary resume lines with numbers that are none of the facts
        case("Senior backend engineer with 8 years of experience in Go and Java.").nothing(),
        case("Designed a ledger handling 2M transactions per day at 99.95% availability.").nothing(),
        case("Contributed to 5 open-source projects, including 2 with 1,000+ stars.").nothing(),
        case("Built dashboards used by 300 people in operations.").nothing(),
        case("Ran weekly architecture reviews for 12 teams.").nothing(),
        case("Responsible for 3 products and their roadmaps.").nothing(),
        case("In charge of 2 data centres and 400 servers.").nothing(),
    ]
}

fn show(found: &[Evidence]) -> String {
    found
        .iter()
        .map(|e| format!("\n    {:?} <- {:?}", e.fact, e.text))
        .collect()
}

#[test]
fn sentences() {
    let cases = cases();
    let negatives = cases.iter().filter(|c| c.is_negative()).count();
    assert!(cases.len() >= 60, "only {} sentences", cases.len());
    assert!(negatives >= 15, "only {negatives} negative sentences");
    let pure = cases.iter().filter(|c| c.has.is_empty()).count();
    eprintln!(
        "{} sentences: {} assert presence only, {negatives} assert absence ({pure} of them absence only)",
        cases.len(),
        cases.len() - negatives
    );
    let mut failures = Vec::new();
    for c in &cases {
        let found = extract(c.text, "work[0].highlights[0]");
        let facts: Vec<&Fact> = found.iter().map(|e| &e.fact).collect();
        let mut problems = Vec::new();
        for f in &c.has {
            if !facts.contains(&f) {
                problems.push(format!("missing {f:?}"));
            }
        }
        for k in &c.lacks {
            if facts.iter().any(|f| f.kind() == *k) {
                problems.push(format!("unexpected {k}"));
            }
        }
        for f in &c.lacks_fact {
            if facts.contains(&f) {
                problems.push(format!("unexpected {f:?}"));
            }
        }
        if c.nothing && !found.is_empty() {
            problems.push("expected nothing".into());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{:?}: {}{}",
                c.text,
                problems.join(", "),
                show(&found)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sentences failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn a_manager_of_n_people_leads_a_team_of_n() {
    let facts = ctopath_evidence::extract("Acting manager of 12 engineers since 2023", "x");
    assert!(
        facts
            .iter()
            .any(|e| e.fact == ctopath_evidence::Fact::TeamSize { people: 12 }),
        "{facts:?}"
    );
}
