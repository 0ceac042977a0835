import { addStrings } from '../i18n';
import zhTimeline from '../i18n/locales/zh/timeline';
import enTimeline from '../i18n/locales/en/timeline';
import zhTimelineChart from '../i18n/locales/zh/timeline-chart';
import enTimelineChart from '../i18n/locales/en/timeline-chart';

/** The timeline's strings join the translations when its chunk loads (the entry buttons' labels ship up front). */
addStrings('timeline', zhTimeline, enTimeline);
addStrings('timelineChart', zhTimelineChart, enTimelineChart);
