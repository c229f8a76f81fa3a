//! 南通市基本医疗保险定点医疗机构服务协议（试行） (NT): an agreement
//! template. Its terms bind a Nantong institution once signed, as signed;
//! applying for designation in Nantong follows the Jiangsu rules (rules map
//! §0.1, §11 X-19). Reports for Nantong show its terms beside Jiangsu's.

pub mod application;
pub mod compliance;
pub mod deadlines;
pub mod risks;
pub mod violations;
