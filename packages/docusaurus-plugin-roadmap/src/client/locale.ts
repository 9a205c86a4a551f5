import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The site language the roadmap writes dates, numbers and plurals in. */
export interface RoadmapLocale {
  /** The locale's `htmlLang` (BCP 47), e.g. `fr`, `pt-BR`, `ar`. */
  lang: string;
  /** The locale's `calendar` setting, e.g. `gregory`. */
  calendar: string | undefined;
}

/** The current locale's language and calendar, from the site's i18n config. */
export function useRoadmapLocale(): RoadmapLocale {
  const {i18n} = useDocusaurusContext();
  const config = i18n.localeConfigs[i18n.currentLocale];
  return {lang: config?.htmlLang ?? i18n.currentLocale, calendar: config?.calendar};
}
