import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import { openIndustry } from '../lib/actions';
import { nameOf } from '../lib/names';

/** Lead industries as buttons: each opens its industry panel. */
export function IndustryChips({ ids }: { ids: readonly string[] }) {
  const { industryById } = useAppIndex();
  const language = useAppState((s) => s.language);
  return (
    <ul className="chips" data-testid="industry-chips">
      {ids.map((id) => {
        const industry = industryById.get(id);
        return (
          <li key={id}>
            <button type="button" className="chip chip-industry" onClick={() => openIndustry(id)} data-industry={id}>
              {industry ? nameOf(industry, language) : id}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
