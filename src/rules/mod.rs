//! Rules applied to a unit group's data: immigration program eligibility, licensing lines in
//! the employment requirements, and the overall score.

pub mod credentials;
pub mod education_path;
pub mod immigration;
pub mod licensing;
pub mod requirements;
pub mod score;
