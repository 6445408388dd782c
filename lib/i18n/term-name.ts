import type { Locale } from "./messages";

// Taxonomy labels: Dutch and English come from the data; Arabic is added here until the taxonomy holds it.
const AR: Record<string, string> = {
  schuldhulp: "المساعدة في الديون", jongerenwerk: "العمل مع الشباب", kinderwerk: "أنشطة للأطفال",
  ouderenwerk: "دعم كبار السن", mantelzorgondersteuning: "دعم مقدّمي الرعاية", "maatschappelijk-werk": "العمل الاجتماعي",
  buurtwerk: "العمل في الحي", "sociaal-raadslid": "استشارة في الحقوق والإعانات", formulierenhulp: "المساعدة في الاستمارات",
  "taal-en-digitaal": "مساعدة في اللغة والكمبيوتر", inloop: "دخول حر", vrijwilligerswerk: "العمل التطوعي",
  "welzijn-op-recept": "الرفاه بوصفة من الطبيب", voedselhulp: "المساعدة الغذائية", "huiselijk-geweld": "المساعدة في العنف المنزلي",
  vluchtelingenwerk: "دعم اللاجئين", dagbesteding: "أنشطة نهارية", "repair-cafe": "مقهى التصليح", eenzaamheid: "المساعدة في الوحدة",
  iedereen: "الجميع", jeugd: "الأطفال", jongeren: "الشباب", ouderen: "كبار السن", mantelzorgers: "مقدّمو الرعاية",
  nieuwkomers: "القادمون الجدد", gezinnen: "العائلات", "mensen-met-een-beperking": "ذوو الإعاقة",
};

export function termName(term: { code: string; name: string; name_en: string }, locale: Locale): string {
  if (locale === "nl") return term.name;
  if (locale === "ar") return AR[term.code] ?? term.name_en;
  return term.name_en;
}
