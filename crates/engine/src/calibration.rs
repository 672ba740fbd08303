//! The framework's timeline as sampling parameters: each stage a triangular (min, mode,
//! max) duration, and per environment a log-normal pace calibrated so that a whole
//! career from the first stage spans the framework's range (typical, high-growth
//! startup joined early, enterprise) between its P10 and P90.

use ctopath_framework::Framework;

/// z of the 90th percentile of a standard normal: P10–P90 spans ±1.2816 σ.
const Z90: f64 = 1.281_551_565_5;

#[derive(Clone, Copy)]
pub(crate) struct Triangle {
    pub min: f64,
    pub mode: f64,
    pub max: f64,
}

impl Triangle {
    pub fn cdf(&self, x: f64) -> f64 {
        let (a, c, b) = (self.min, self.mode, self.max);
        if x <= a {
            0.0
        } else if x >= b {
            1.0
        } else if x <= c {
            (x - a).powi(2) / ((b - a) * (c - a)).max(f64::EPSILON)
        } else {
            1.0 - (b - x).powi(2) / ((b - a) * (b - c)).max(f64::EPSILON)
        }
    }

    pub fn quantile(&self, u: f64) -> f64 {
        let (a, c, b) = (self.min, self.mode, self.max);
        let fc = (c - a) / (b - a).max(f64::EPSILON);
        if u < fc {
            a + (u * (b - a) * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * (b - c)).sqrt()
        }
    }

    fn mean(&self) -> f64 {
        (self.min + self.mode + self.max) / 3.0
    }

    fn variance(&self) -> f64 {
        let (a, c, b) = (self.min, self.mode, self.max);
        (a * a + b * b + c * c - a * b - a * c - b * c) / 18.0
    }
}

/// The log-normal pace of one environment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Pace {
    pub mu: f64,
    pub sigma: f64,
}

/// The framework's timeline turned into sampling parameters, computed once.
pub struct Calibration {
    /// Stages with a duration, in the framework's order.
    pub(crate) stages: Vec<(String, Triangle)>,
    pub(crate) typical: Pace,
    pub(crate) startup: Pace,
    pub(crate) enterprise: Pace,
}

impl Calibration {
    pub fn new(fw: &Framework) -> Calibration {
        let mut stages = Vec::new();
        let mut typical = Pace {
            mu: 0.0,
            sigma: 0.0,
        };
        let (mut startup, mut enterprise) = (typical, typical);
        if let Some(t) = &fw.timeline {
            for s in &fw.stages {
                if let Some(d) = t.stage_durations.iter().find(|d| d.stage == s.id) {
                    let tri = Triangle {
                        min: d.min,
                        mode: d.mode,
                        max: d.max.max(d.min),
                    };
                    stages.push((s.id.clone(), tri));
                }
            }
            let mean: f64 = stages.iter().map(|(_, t)| t.mean()).sum();
            let var: f64 = stages.iter().map(|(_, t)| t.variance()).sum();
            let rel_sd = if mean > 0.0 { var.sqrt() / mean } else { 0.0 };
            let pace = |lo: u32, hi: Option<u32>| {
                let (lo, hi) = (
                    f64::from(lo.max(1)),
                    f64::from(hi.unwrap_or(lo * 2).max(lo + 1)),
                );
                let total_sigma = (hi / lo).ln() / (2.0 * Z90);
                Pace {
                    mu: ((lo * hi).sqrt() / mean.max(f64::EPSILON)).ln(),
                    sigma: (total_sigma.powi(2) - rel_sd.powi(2)).max(0.0025).sqrt(),
                }
            };
            typical = pace(t.typical.min, t.typical.max);
            startup = pace(t.startup.min, t.startup.max);
            enterprise = pace(t.enterprise.min, t.enterprise.max);
        }
        Calibration {
            stages,
            typical,
            startup,
            enterprise,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangle_quantile_inverts_cdf() {
        let t = Triangle {
            min: 2.0,
            mode: 2.5,
            max: 4.5,
        };
        for u in [0.01, 0.1, 0.3, 0.5, 0.9, 0.99] {
            assert!((t.cdf(t.quantile(u)) - u).abs() < 1e-9);
        }
    }
}
