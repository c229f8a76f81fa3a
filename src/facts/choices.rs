//! The closed sets of answers a profile may give, each value with its
//! Chinese label. The JSON spelling is the English snake_case name.

use serde::Serialize;

/// One allowed value of a choice question: its JSON spelling and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChoiceOption {
    pub value: &'static str,
    pub label: &'static str,
}

/// A closed set of answers, listed with labels for the questionnaire.
pub trait Choice: Copy + Eq + 'static {
    /// Every value with its label, in the order the page offers them.
    const OPTIONS: &'static [ChoiceOption];
    /// Every value, in the same order as [`Choice::OPTIONS`].
    const VALUES: &'static [Self];

    /// The Chinese label of this value.
    fn label(self) -> &'static str {
        Self::VALUES
            .iter()
            .position(|&v| v == self)
            .and_then(|i| Self::OPTIONS.get(i))
            .map_or("", |o| o.label)
    }
}

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $value:literal : $label:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $value)] $variant,)+
        }
        impl $crate::facts::choices::Choice for $name {
            const OPTIONS: &'static [$crate::facts::choices::ChoiceOption] = &[$($crate::facts::choices::ChoiceOption { value: $value, label: $label },)+];
            const VALUES: &'static [Self] = &[$($name::$variant,)+];
        }
    };
}

pub(crate) use choice;

choice! {
    /// The place whose rules apply (rules map §1.3).
    Jurisdiction {
        /// 江苏 outside Nantong: the Jiangsu implementing rules.
        Jiangsu = "jiangsu": "江苏",
        /// 南通: Jiangsu rules for applying; the Nantong agreement once designated.
        Nantong = "nantong": "南通（江苏）",
        /// 广东: the Guangdong interim measures.
        Guangdong = "guangdong": "广东",
        /// 揭阳: Guangdong measures, forwarded by 揭医保〔2024〕21号.
        Jieyang = "jieyang": "揭阳（广东）",
        /// 中山: Guangdong measures; the Zhongshan draft shown as a preview.
        Zhongshan = "zhongshan": "中山（广东）",
        /// 吉林: the Jilin procedures.
        Jilin = "jilin": "吉林",
    }
}

choice! {
    /// Kinds of institution listed in 第五条 (JL 第十三条), plus the
    /// military institutions of its lead-in and "not in the list".
    InstitutionKind {
        GeneralHospital = "general_hospital": "综合医院",
        TcmHospital = "tcm_hospital": "中医医院",
        IntegratedHospital = "integrated_tcm_western_hospital": "中西医结合医院",
        EthnicMedicineHospital = "ethnic_medicine_hospital": "民族医医院",
        SpecialistHospital = "specialist_hospital": "专科医院",
        RehabilitationHospital = "rehabilitation_hospital": "康复医院",
        DiseasePreventionInstitute = "specialist_disease_prevention_institute": "专科疾病防治院（所、站）",
        MaternalChildHealth = "maternal_child_health_hospital": "妇幼保健院",
        CommunityHealthCentre = "community_health_centre": "社区卫生服务中心",
        CommunityHealthStation = "community_health_station": "社区卫生服务站",
        CentralHealthCentre = "central_health_centre": "中心卫生院",
        TownshipHealthCentre = "township_health_centre": "乡镇卫生院",
        StreetHealthCentre = "street_health_centre": "街道卫生院",
        OutpatientDepartment = "outpatient_department": "门诊部",
        Clinic = "clinic": "诊所",
        HealthPost = "health_post": "卫生所（站）",
        VillageClinic = "village_clinic": "村卫生室（所）",
        EmergencyCentre = "independent_emergency_centre": "独立设置的急救中心",
        HospiceCentre = "hospice_centre": "安宁疗护中心",
        DialysisCentre = "dialysis_centre": "血液透析中心",
        NursingHome = "nursing_home": "护理院",
        ElderlyCareMedical = "elderly_care_medical_unit": "养老机构内设的医疗机构",
        Military = "military_civilian_service": "经军队主管部门批准有为民服务资质的军队医疗机构",
        RetailPharmacy = "retail_pharmacy": "零售药店（仅吉林规程有规定）",
        Other = "other": "其他（不在上述清单内）",
    }
}

impl InstitutionKind {
    /// Whether an institution of this kind has no inpatient beds by its
    /// nature (门诊部, 诊所, 社区卫生服务站, 卫生所（站）, 村卫生室（所）, 血液透析中心,
    /// 零售药店): its inpatient service need not be asked.
    pub fn without_beds(self) -> bool {
        matches!(
            self,
            InstitutionKind::OutpatientDepartment
                | InstitutionKind::Clinic
                | InstitutionKind::CommunityHealthStation
                | InstitutionKind::HealthPost
                | InstitutionKind::VillageClinic
                | InstitutionKind::DialysisCentre
                | InstitutionKind::RetailPharmacy
        )
    }

    /// Whether this kind applies as a retail pharmacy rather than a medical institution.
    pub fn is_pharmacy(self) -> bool {
        self == InstitutionKind::RetailPharmacy
    }

    /// The item of 第五条 (JL 第十三条) that lists this kind: 1..=6, or
    /// `None` for military institutions (named in the lead-in) and others.
    pub fn listed_item(self) -> Option<u8> {
        use InstitutionKind::*;
        match self {
            GeneralHospital
            | TcmHospital
            | IntegratedHospital
            | EthnicMedicineHospital
            | SpecialistHospital
            | RehabilitationHospital => Some(1),
            DiseasePreventionInstitute | MaternalChildHealth => Some(2),
            CommunityHealthCentre
            | CommunityHealthStation
            | CentralHealthCentre
            | TownshipHealthCentre
            | StreetHealthCentre
            | OutpatientDepartment
            | Clinic
            | HealthPost
            | VillageClinic => Some(3),
            EmergencyCentre => Some(4),
            HospiceCentre | DialysisCentre | NursingHome => Some(5),
            ElderlyCareMedical => Some(6),
            Military | RetailPharmacy | Other => None,
        }
    }
}

choice! {
    /// What the institution applies for.
    ApplicationKind {
        NewDesignation = "new_designation": "新增定点（申请医保定点）",
        InternetSupplement = "internet_supplement": "“互联网+”医保服务（互联网医院）补充协议",
        InformationChange = "information_change": "定点后信息变更",
        Renewal = "renewal": "医保协议续签",
        Designated = "designated": "定点后：合规自查、协议履行与退出",
    }
}

choice! {
    /// A change of a designated institution's information (JL 第三十七条;
    /// JS 第三十五条; GD/ZS 第三十九条).
    ChangeKind {
        Name = "name": "名称",
        LegalRepresentative = "legal_representative": "法定代表人、主要负责人或实际控制人",
        RegisteredAddress = "registered_address": "注册地址（经营场所）",
        BankAccount = "bank_account": "银行账户",
        PracticeScope = "practice_scope": "诊疗科目（零售药店：经营范围）",
        Scale = "scale": "机构规模",
        Nature = "nature": "机构性质",
        GradeCategory = "grade_category": "等级和类别",
        BusinessMode = "business_mode": "经营方式（零售药店）",
        LicenceReissued = "licence_reissued": "重新核发执业许可证或诊所备案凭证",
    }
}

choice! {
    /// Who owns the institution (ZS 第三十九条; public institutions may not
    /// ask to suspend or leave the agreement).
    Ownership {
        Public = "public": "公立医疗机构",
        Private = "private": "社会办（非公立）医疗机构",
    }
}

choice! {
    /// The practice licence or record certificate the institution holds.
    Licence {
        PracticeLicence = "practice_licence": "医疗机构执业许可证",
        ClinicRecord = "clinic_record_certificate": "诊所备案凭证",
        TcmClinicRecord = "tcm_clinic_record_certificate": "中医诊所备案证",
        MilitaryLicence = "military_civilian_service_licence": "军队医疗机构为民服务许可证",
        None = "none": "尚未取得以上任何证照",
    }
}

choice! {
    /// What the institution's main scope of practice (主要执业范围) is.
    MainScope {
        BasicMedical = "basic_medical": "基本医疗服务",
        Cosmetology = "medical_cosmetology": "医疗美容",
        AssistedReproduction = "assisted_reproduction": "辅助生殖",
        LifeCare = "life_care": "生活照护",
        DentalImplant = "dental_implant": "种植牙",
        OtherNonBasic = "other_non_basic": "其他非基本医疗服务",
    }
}

choice! {
    /// State of the information-system retrofit to the insurance interface standard.
    InterfaceStandard {
        InPlace = "in_place": "已具备（已按接口标准完成改造）",
        Planned = "retrofit_planned": "能够改造，尚未完成",
        No = "no": "不具备，也无改造计划",
    }
}

choice! {
    /// The kind of designated institution whose agreement was terminated.
    PreviousInstitution {
        MedicalInstitution = "medical_institution": "定点医疗机构",
        RetailPharmacy = "retail_pharmacy": "定点零售药店",
    }
}

choice! {
    /// The institution's record of failed designation assessments.
    AssessmentRecord {
        None = "none": "未曾评估不合格",
        FailedOnce = "failed_once": "评估不合格一次（尚未再次评估）",
        FailedAgain = "failed_again": "整改后再次评估仍不合格",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_choice<T: Choice + Serialize + std::fmt::Debug>() {
        assert_eq!(T::OPTIONS.len(), T::VALUES.len());
        let mut seen = std::collections::HashSet::new();
        for (option, value) in T::OPTIONS.iter().zip(T::VALUES) {
            assert!(seen.insert(option.value), "duplicate {}", option.value);
            assert!(!option.label.is_empty());
            assert_eq!(value.label(), option.label);
            assert_eq!(
                serde_json::to_value(value).ok(),
                Some(serde_json::Value::String(option.value.to_string()))
            );
        }
    }

    #[test]
    fn every_choice_lists_each_value_once_with_its_label_and_json_spelling() {
        check_choice::<Jurisdiction>();
        check_choice::<InstitutionKind>();
        check_choice::<Licence>();
        check_choice::<MainScope>();
        check_choice::<InterfaceStandard>();
        check_choice::<PreviousInstitution>();
        check_choice::<AssessmentRecord>();
        check_choice::<ApplicationKind>();
        check_choice::<ChangeKind>();
        check_choice::<Ownership>();
    }

    #[test]
    fn the_six_items_of_article_five_cover_every_listed_kind() {
        let listed = InstitutionKind::VALUES
            .iter()
            .filter(|k| k.listed_item().is_some())
            .count();
        assert_eq!(listed, InstitutionKind::VALUES.len() - 3);
        assert_eq!(InstitutionKind::Clinic.listed_item(), Some(3));
        assert_eq!(InstitutionKind::NursingHome.listed_item(), Some(5));
        assert_eq!(InstitutionKind::Military.listed_item(), None);
    }
}
