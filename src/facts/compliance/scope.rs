//! What the self-audit needs to know about the institution to tell which
//! items concern it (rules map §9.4 applicability tags, Appendix B 资质):
//! inpatient service, maternity licence, level, video management, price
//! reform, and the services it provides. The questionnaire hides the
//! questions of an item whose scope (`catalog::audit::Scope`) the answers
//! exclude; the predicates below serve the few questions that only part of
//! an item asks (a scope checked inside the item's check). An unanswered
//! question hides nothing.

use crate::facts::choices::choice;
use crate::facts::{InstitutionKind, Ownership, Profile};

use super::compliance_questions;

choice! {
    /// The level of a medical institution (NT 第十五条 基层, 第十八条第2款 二、三级).
    Level {
        Tertiary = "tertiary": "三级",
        Secondary = "secondary": "二级",
        Primary = "primary": "一级",
        BelowPrimary = "below_primary": "一级以下或未定级",
    }
}

choice! {
    /// Services and qualifications that some items concern (NT 第十五条、
    /// 第十六条、第二十～二十一条、第二十八条、第四十二～四十三条、第四十六条、
    /// 第四十八条、第五十七条、第六十条; JS 第二十条).
    Service {
        MobileOrOnline = "mobile_or_online": "移动支付结算或互联网诊疗",
        Emergency120 = "emergency_120": "120急救",
        ReferralOutOfCity = "referral_out_of_city": "转市外就医审核备案",
        SpecialOutpatient = "special_outpatient": "门诊特殊病、慢特病或“两病”确诊",
        SpecialDrugs = "special_drugs": "特药（国家谈判药品）供应",
        Extension = "extension": "医保经办延伸业务",
        HealthCheckup = "health_checkup": "健康体检",
        SingleDisease = "single_disease": "按病种收付费（单病种）结算",
        CrossRegion = "cross_region": "异地就医联网（直接）结算",
        Rehabilitation = "rehabilitation": "定点康复医疗",
        SmartMonitoring = "smart_monitoring": "院端医保智能监控系统",
        ElectronicRecords = "electronic_records": "电子病历",
    }
}

/// Whether the profile already tells that the institution has no inpatient
/// service: no beds, or a kind that has none ([`InstitutionKind::without_beds`]).
pub fn without_inpatient_service(p: &Profile) -> bool {
    p.institution.beds == Some(0)
        || p.institution
            .kind
            .is_some_and(InstitutionKind::without_beds)
}

/// The inpatient question is asked only when the answers do not tell.
fn inpatient_service_unknown(p: &Profile) -> bool {
    !without_inpatient_service(p)
}

compliance_questions! {
    INPATIENT_SERVICE: yes_no = "inpatient_service", Services,
        "是否具有住院服务资质并开展住院服务", "有核定床位并收治住院病人的选“是”。涉及住院服务的条款只对具有住院服务资质的机构适用（南通协议第七十五条第5款）。床位为0或门诊部、诊所等无床位的机构不必回答。",
        pass = true, shown = inpatient_service_unknown;
    MATERNITY_LICENCE: yes_no = "maternity_licence", Services,
        "是否持有母婴保健技术服务执业许可证或计划生育技术服务机构执业许可证", "涉及生育保险的条款只对持有其一的机构适用（南通协议第七十五条第5款）。",
        pass = true;
    LEVEL: choice<Level> = "level", Services,
        "医疗机构级别", "社区卫生服务中心、社区卫生服务站、门诊部、诊所按一级及以下。",
        pass = Level::Secondary;
    VIDEO_MANAGEMENT: yes_no = "video_management", Services,
        "是否按规定应实施远程视频管理", "南通协议第七十五条第6款：对按规定应实施视频管理的一级医院、社区卫生服务站、门诊部、诊所等适用；以医保部门的要求为准。",
        pass = false;
    PRICE_REFORM: yes_no = "price_reform", Services,
        "是否实行或参照公立医院医药价格改革", "按价格改革状态填写，不按所有制（南通协议第十条（三）、第三十六条、第三十七条）。",
        pass = true;
    ZERO_MARKUP_DRUGS: yes_no = "zero_markup_drugs", Services,
        "是否实施基本药物零差率", "实施的，药物按实际进价零差率销售（南通协议第三十六条）。",
        pass = false;
    PRICES_ADJUSTED_198: yes_no = "prices_adjusted_198", Services,
        "是否按照通价费〔2018〕198号调整医疗服务价格（基层医疗卫生机构）", "已调整的，医疗服务收费按该文件执行；未实行价改也未按该文件调整的，医保支付标准不高于同类非营利性医疗机构政府指导价（南通协议第三十七条）。",
        pass = false;
    PERIOD: text = "period", Indicators,
        "指标的统计期间", "如“2026年第三季度”；各项指标按同一期间的数据填写，结论中注明。",
        pass = "2026年第三季度";
    SERVICES: choices<Service> = "services", Services,
        "本机构开展或具有资质的下列业务（可多选，都没有则不选）", "只问与部分条款的适用对象有关的业务。",
        pass = &[Service::CrossRegion, Service::ElectronicRecords, Service::SmartMonitoring];
}

/// Whether the profile could have inpatient service (not answered "no").
pub fn inpatient(p: &Profile) -> bool {
    p.compliance.yes_no(INPATIENT_SERVICE.info.id) != Some(false)
}

/// Whether the profile could hold a maternity licence.
pub fn maternity(p: &Profile) -> bool {
    p.compliance.yes_no(MATERNITY_LICENCE.info.id) != Some(false)
}

/// Whether the profile could be a public institution.
pub fn public(p: &Profile) -> bool {
    p.institution.ownership != Some(Ownership::Private)
}

/// Whether the profile could be a 基层 (一级及一级以下) institution.
pub fn primary(p: &Profile) -> bool {
    p.compliance
        .choice::<Level>(LEVEL.info.id)
        .is_none_or(|l| matches!(l, Level::Primary | Level::BelowPrimary))
}

/// Whether the profile could provide `service`.
pub fn provides(p: &Profile, service: Service) -> bool {
    p.compliance
        .choices::<Service>(SERVICES.info.id)
        .is_none_or(|s| s.contains(&service))
}

impl Level {
    /// Whether the level is 一级 or below (NT 第十五条 基层).
    pub fn is_primary(self) -> bool {
        matches!(self, Level::Primary | Level::BelowPrimary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::baseline;
    use crate::facts::Jurisdiction;

    #[test]
    fn an_unanswered_question_hides_nothing_and_a_no_hides_its_items() {
        let mut p = baseline(Jurisdiction::Nantong);
        p.compliance = Default::default();
        p.institution.kind = None;
        p.institution.ownership = None;
        for shown in [inpatient, maternity, public, primary] {
            assert!(shown(&p));
        }
        assert!(provides(&p, Service::HealthCheckup));
        p.compliance
            .set(INPATIENT_SERVICE.info.id, super::super::Value::YesNo(false));
        assert!(!inpatient(&p));
        p.compliance
            .set(SERVICES.info.id, super::super::Value::Choices(vec![0]));
        assert!(provides(&p, Service::MobileOrOnline));
        assert!(!provides(&p, Service::HealthCheckup));
        p.compliance
            .set(LEVEL.info.id, super::super::Value::Choice(1));
        assert!(!primary(&p));
        assert!(Level::BelowPrimary.is_primary() && !Level::Tertiary.is_primary());
    }
}
