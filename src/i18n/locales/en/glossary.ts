/**
 * One name for one thing across the app (legend, filters, list, panels, tours take theirs from here), singular and
 * plural. Chinese keeps 科创载体, 特色产业园区 and 未来产业园区 throughout.
 */
const glossary = {
  futurePark: 'Future-industry park',
  futureParks: 'Future-industry parks',
  characteristicPark: 'Characteristic park',
  characteristicParks: 'Characteristic parks',
  innovationHub: 'Innovation hub',
  innovationHubs: 'Innovation hubs',
  connectedZone: 'Connected zone',
  connectedZones: 'Connected zones',
  upgradeZone: 'Upgrade zone',
  upgradeZones: 'Upgrade zones',
} as const;

export default glossary;
