import type { TFunction } from 'i18next';
import type { AppIndex } from '../app/app-data';
import type { Language, Selection } from '../store';
import { nameOf } from '../panels/lib/names';
import { formatCell } from '../panels/lib/format';
import { targetsForPark } from '../panels/lib/park-targets';

/**
 * What the presenter's screen shows about a stop's selection: its name and two or three facts, read with the
 * same look-ups as the side panel (names, board-level targets, formatted cells). Null when nothing is selected.
 */
export interface KeyFacts {
  kicker: string;
  title: string;
  facts: { label: string; value: string }[];
}

function cellText(value: number | null | undefined, unit: { zh: string; en: string }, language: Language, t: TFunction): string {
  const cell = formatCell(value, unit, language);
  return cell.kind === 'value' ? cell.text : cell.kind === 'no_target' ? t('value.noTarget') : t('value.notPrinted');
}

export function keyFactsOf(selection: Selection, index: AppIndex, language: Language, t: TFunction): KeyFacts | null {
  if (!selection) return null;
  const sep = t('app.listSeparator');
  if (selection.kind === 'park') {
    const park = index.parkById.get(selection.id)?.props;
    if (!park) return null;
    const board = index.boardById.get(park.board);
    const industries = park.lead_industries.map((i) => index.industryById.get(i)).filter((i) => i !== undefined);
    const facts = [
      { label: t('park.board'), value: board ? nameOf(board, language) : park.board },
      {
        label: t('park.leadIndustries'),
        value: industries.length ? industries.map((i) => nameOf(i, language)).join(sep) : t('park.noLeadIndustries'),
      },
    ];
    const target = targetsForPark(park, index.data.tables).find((x) => typeof x.value === 'number');
    if (target) {
      const industry = index.industryById.get(target.industry);
      const rowLabel = language === 'zh' ? target.row.label_zh : target.row.label_en;
      facts.push({
        label: `${industry ? nameOf(industry, language) : ''} · ${rowLabel} (${t('tour.play.boardTarget')})`,
        value: cellText(target.value, { zh: target.row.unit_zh, en: target.row.unit_en }, language, t),
      });
    }
    return { kicker: `${t(`category.${park.category}`)} · ${t(`status.${park.status}`)}`, title: nameOf(park, language), facts };
  }
  if (selection.kind === 'board') {
    const board = index.boardById.get(selection.id);
    if (!board) return null;
    const parks = index.parks.filter((p) => p.props.board === board.id);
    const future = parks.filter((p) => p.props.category === 'future_park').length;
    const facts = [
      { label: t('tour.play.parks'), value: String(parks.length) },
      { label: t('tour.play.futureParks'), value: String(future) },
    ];
    // Annex 3 sets each board's park-building targets, the figure closest to what a park tour is about.
    const row = index.data.tables.find((tb) => tb.id === 'wp2024_annex3')?.rows.find((r) => r.id === 'wp2024_annex3.future_parks');
    if (row) {
      facts.push({
        label: language === 'zh' ? row.label_zh : row.label_en,
        value: cellText(row.values[board.id], { zh: row.unit_zh, en: row.unit_en }, language, t),
      });
    }
    return { kicker: t(`boardKind.${board.kind}`), title: nameOf(board, language), facts };
  }
  if (selection.kind === 'industry') {
    const industry = index.industryById.get(selection.id);
    if (!industry) return null;
    const parks = index.parks.filter((p) => p.props.lead_industries.includes(industry.id)).length;
    return { kicker: t('tour.play.industry'), title: nameOf(industry, language), facts: [{ label: t('tour.play.leadingParks'), value: String(parks) }] };
  }
  return null;
}
