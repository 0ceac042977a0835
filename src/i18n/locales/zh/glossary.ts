/**
 * 术语表：同一事物在全应用中只用一个名称（图例、筛选、列表、面板、导览都从这里取）。
 * 科创载体（不写“创新载体”），特色产业园区（不写“特色园区”），未来产业园区（不写“未来产业园”）。
 */
const glossary = {
  futurePark: '未来产业园区',
  futureParks: '未来产业园区',
  characteristicPark: '特色产业园区',
  characteristicParks: '特色产业园区',
  innovationHub: '科创载体',
  innovationHubs: '科创载体',
  connectedZone: '重大产业集中连片区',
  connectedZones: '重大产业集中连片区',
  upgradeZone: '新型工业集约聚合区',
  upgradeZones: '新型工业集约聚合区',
} as const;

export default glossary;
