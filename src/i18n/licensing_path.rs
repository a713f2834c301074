//! Labels of the path into the job (issue 24): the credentials the NOC text names with the
//! bodies it names as issuers.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicensingPathLabels {
    /// Heading of the credentials read from the NOC text.
    pub credentials_named: &'static str,
    /// How the list was made: read by our rules from the NOC text.
    pub credentials_ours: &'static str,
    /// "{issuer}": the body the NOC text names as issuer.
    pub issued_by: &'static str,
    /// The NOC text names no body for this credential.
    pub no_issuer: &'static str,
    /// "{provinces}": the provinces the sentence names.
    pub named_for: &'static str,
    /// What Red Seal means, shown where a credential names it.
    pub red_seal_means: &'static str,
    /// Which provinces our data covers for regulators and compulsory trades.
    pub coverage: &'static str,
}
