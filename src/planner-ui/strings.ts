import { addStrings } from '../i18n';
import zhPlanner from '../i18n/locales/zh/planner';
import enPlanner from '../i18n/locales/en/planner';

/** The planner's strings join the translations when its chunk loads (imported by each lazy planner module). */
addStrings('planner', zhPlanner, enPlanner);
