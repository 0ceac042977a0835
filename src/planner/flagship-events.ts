/**
 * The clusters' brand events the 2024 work points name (二(八)18, repeated as Annex 4 task 26: "一集群一品牌活动",
 * one brand event per cluster). Each is tied to the cluster its name states; 太湖湾生命健康未来大会 says
 * 生命健康 (life and health), read as the biomedicine cluster — an inference from the name, marked as such.
 */
import type { SourceRef } from '../schema';

export interface FlagshipEvent {
  id: string;
  name_zh: string;
  name_en: string;
  /** Track id the event is tied to. */
  track: string;
  /** 'name' = the event's name states the track; 'name_inferred' = read from a related word in the name. */
  tie: 'name' | 'name_inferred';
  sources: SourceRef[];
}

const SOURCES: SourceRef[] = [
  { document: 'wp2024', section: '二(八)18' },
  { document: 'wp2024', section: '附件4', row: '26' },
];

export const FLAGSHIP_EVENTS: readonly FlagshipEvent[] = [
  { id: 'world_iot_expo', name_zh: '世界物联网博览会', name_en: 'World Internet of Things Exposition', track: 'iot', tie: 'name', sources: SOURCES },
  {
    id: 'ic_innovation_conference',
    name_zh: '集成电路（无锡）创新发展大会',
    name_en: 'Integrated Circuit (Wuxi) Innovation and Development Conference',
    track: 'integrated_circuits',
    tie: 'name',
    sources: SOURCES,
  },
  {
    id: 'taihu_bay_life_health_conference',
    name_zh: '太湖湾生命健康未来大会',
    name_en: 'Taihu Bay Life and Health Future Conference',
    track: 'biomedicine',
    tie: 'name_inferred',
    sources: SOURCES,
  },
  {
    id: 'china_wuxi_new_energy_conference',
    name_zh: '中国（无锡）国际新能源大会',
    name_en: 'China (Wuxi) International New Energy Conference',
    track: 'new_energy',
    tie: 'name',
    sources: SOURCES,
  },
];
