/**
 * Parts no producer on this machine writes, added at the XML level to a workbook: an .xlsm's
 * macros, a pivot table and its cache, an external link, threaded comments, x14 validations and
 * sparklines in an extension list, and a chart sheet. Each is shaped like what Excel writes.
 */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

async function edit(zip: JSZip, part: string, f: (xml: string) => string): Promise<void> {
  zip.file(part, f(await zip.file(part)!.async('string')));
}

function rels(items: [string, string, string, boolean?][]): string {
  const body = items
    .map(
      ([id, type, target, ext]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${ext ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

const override = (part: string, type: string) => (xml: string) =>
  xml.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
const workbookRel = (id: string, type: string, target: string) => (xml: string) =>
  xml.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`);

/** Makes the package an .xlsm: macro-enabled main part and a vbaProject.bin. */
export async function addMacros(zip: JSZip): Promise<void> {
  // Not a real VBA project (no Office here to make one): its bytes must only come through intact.
  zip.file(
    'xl/vbaProject.bin',
    Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 251),
  );
  await edit(zip, '[Content_Types].xml', (x) =>
    x
      .replace(`${CT}spreadsheetml.sheet.main+xml`, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace(
        '<Default Extension="xml"',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
      ),
  );
  await edit(
    zip,
    'xl/_rels/workbook.xml.rels',
    workbookRel('rIdVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'),
  );
}

/** A pivot table on the first sheet over the scores, with its cache definition and records. */
export async function addPivot(zip: JSZip, sourceSheet: string): Promise<void> {
  zip.file(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A2:B4" sheet="${sourceSheet}"/></cacheSource><cacheFields count="2"><cacheField name="แบบ" numFmtId="0"><sharedItems/></cacheField><cacheField name="น้ำหนัก" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="30" maxValue="30"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    rels([['rId1', `${R}/pivotCacheRecords`, 'pivotCacheRecords1.xml']]),
  );
  zip.file(
    'xl/pivotCache/pivotCacheRecords1.xml',
    `${HEAD}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><s v="IIT"/><n v="30"/></r><r><m/><m/></r></pivotCacheRecords>`,
  );
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="7" dataCaption="Values" createdVersion="6" updatedVersion="6" minRefreshableVersion="3"><location ref="H1:I3" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><dataFields count="1"><dataField name="Sum" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    rels([['rId1', `${R}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml']]),
  );
  await addSheetRel(zip, 'xl/worksheets/sheet1.xml', 'rIdPivot', `${R}/pivotTable`, '../pivotTables/pivotTable1.xml');
  await edit(
    zip,
    'xl/_rels/workbook.xml.rels',
    workbookRel('rIdCache', `${R}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml'),
  );
  await edit(zip, 'xl/workbook.xml', (x) =>
    insertInWorkbook(x, 'pivotCaches', '<pivotCaches><pivotCache cacheId="7" r:id="rIdCache"/></pivotCaches>'),
  );
  for (const [p, t] of [
    ['xl/pivotCache/pivotCacheDefinition1.xml', `${CT}spreadsheetml.pivotCacheDefinition+xml`],
    ['xl/pivotCache/pivotCacheRecords1.xml', `${CT}spreadsheetml.pivotCacheRecords+xml`],
    ['xl/pivotTables/pivotTable1.xml', `${CT}spreadsheetml.pivotTable+xml`],
  ])
    await edit(zip, '[Content_Types].xml', override(p, t));
}

/** A link to another workbook, with its cached value. */
export async function addExternalLink(zip: JSZip): Promise<void> {
  zip.file(
    'xl/externalLinks/externalLink1.xml',
    `${HEAD}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    rels([['rId1', `${R}/externalLinkPath`, 'budget-2566.xlsx', true]]),
  );
  await edit(
    zip,
    'xl/_rels/workbook.xml.rels',
    workbookRel('rIdExt', `${R}/externalLink`, 'externalLinks/externalLink1.xml'),
  );
  await edit(zip, 'xl/workbook.xml', (x) =>
    insertInWorkbook(
      x,
      'externalReferences',
      '<externalReferences><externalReference r:id="rIdExt"/></externalReferences>',
    ),
  );
  await edit(
    zip,
    '[Content_Types].xml',
    override('xl/externalLinks/externalLink1.xml', `${CT}spreadsheetml.externalLink+xml`),
  );
}

/** A threaded comment (Excel 365) on the second sheet, and the workbook's list of persons. */
export async function addThreadedComments(zip: JSZip): Promise<void> {
  const TC = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `${HEAD}<ThreadedComments xmlns="${TC}"><threadedComment ref="E5" dT="2023-03-01T09:00:00.00" personId="{6E7E3F4A-0000-4000-8000-000000000001}" id="{6E7E3F4A-0000-4000-8000-000000000002}"><text>ตรวจคะแนนข้อนี้อีกครั้ง</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    'xl/persons/person.xml',
    `${HEAD}<personList xmlns="${TC}"><person displayName="ผู้วางแผน" id="{6E7E3F4A-0000-4000-8000-000000000001}" userId="planner" providerId="None"/></personList>`,
  );
  await addSheetRel(
    zip,
    'xl/worksheets/sheet2.xml',
    'rIdTc',
    'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
    '../threadedComments/threadedComment1.xml',
  );
  await edit(
    zip,
    'xl/_rels/workbook.xml.rels',
    workbookRel('rIdPersons', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'),
  );
  await edit(
    zip,
    '[Content_Types].xml',
    override('xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml'),
  );
  await edit(zip, '[Content_Types].xml', override('xl/persons/person.xml', 'application/vnd.ms-excel.person+xml'));
}

/** x14 list validation and a sparkline group in the second sheet's extension list. */
export async function addX14Extensions(zip: JSZip, listSheet: string): Promise<void> {
  const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
  const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
  const ext =
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'${listSheet}'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>G3:G5</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'${listSheet}'!B1:B3</xm:f><xm:sqref>H3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
  await edit(zip, 'xl/worksheets/sheet2.xml', (x) => x.replace('</worksheet>', `${ext}</worksheet>`));
}

/** A chart sheet (a whole tab that is one chart) over the scores. */
export async function addChartSheet(zip: JSZip, name: string, dataSheet: string): Promise<void> {
  const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  zip.file(
    'xl/chartsheets/sheet1.xml',
    `${HEAD}<chartsheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView zoomScale="90" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  zip.file('xl/chartsheets/_rels/sheet1.xml.rels', rels([['rId1', `${R}/drawing`, '../drawings/drawing1.xml']]));
  zip.file(
    'xl/drawings/drawing1.xml',
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666049" cy="6293304"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  zip.file('xl/drawings/_rels/drawing1.xml.rels', rels([['rId1', `${R}/chart`, '../charts/chart1.xml']]));
  zip.file(
    'xl/charts/chart1.xml',
    `${HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${dataSheet}'!$E$3:$E$12</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );
  await edit(
    zip,
    'xl/_rels/workbook.xml.rels',
    workbookRel('rIdChartSheet', `${R}/chartsheet`, 'chartsheets/sheet1.xml'),
  );
  await edit(zip, 'xl/workbook.xml', (x) =>
    x.replace('</sheets>', `<sheet name="${name}" sheetId="90" r:id="rIdChartSheet"/></sheets>`),
  );
  for (const [p, t] of [
    ['xl/chartsheets/sheet1.xml', `${CT}spreadsheetml.chartsheet+xml`],
    ['xl/drawings/drawing1.xml', `${CT}drawing+xml`],
    ['xl/charts/chart1.xml', `${CT}drawingml.chart+xml`],
  ])
    await edit(zip, '[Content_Types].xml', override(p, t));
}

async function addSheetRel(zip: JSZip, sheet: string, id: string, type: string, target: string): Promise<void> {
  const path = sheet.replace(/([^/]*)$/, '_rels/$1.rels');
  const existing = zip.file(path) ? await zip.file(path)!.async('string') : rels([]);
  zip.file(
    path,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
    ),
  );
}

/** Puts an element into workbook.xml before the first element that must follow it. */
function insertInWorkbook(xml: string, local: string, element: string): string {
  const after: Record<string, string[]> = {
    externalReferences: ['definedNames', 'calcPr', 'pivotCaches', 'extLst'],
    pivotCaches: ['smartTagPr', 'fileRecoveryPr', 'webPublishObjects', 'extLst'],
  };
  for (const next of after[local]) {
    const at = xml.search(new RegExp(`<${next}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace('</workbook>', `${element}</workbook>`);
}
