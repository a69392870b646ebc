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

const HASH = 'q2fHSGmXqZyb8cdLDQDAmgiPQKzL9wVPnMW0CBmmRnHu2nm7c0n3pbg2tPnYt0jjQzTvL3r5Ck9EFEsHY2/0zg==';
const SALT = 'nHCf1YptCrPTRT7O3rZk9Q==';

/** Passwords as Excel 2013+ writes them: to modify the file, on the window layout, and on a sheet. */
export async function addPasswords(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/workbook.xml', (x) =>
    x
      .replace(
        /(<fileVersion[^>]*\/>)/,
        `$1<fileSharing readOnlyRecommended="1" userName="ผู้วางแผน" algorithmName="SHA-512" hashValue="${HASH}" saltValue="${SALT}" spinCount="100000"/>`,
      )
      .replace(
        /(<workbookPr[^>]*\/>)/,
        `$1<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="${HASH}" workbookSaltValue="${SALT}" workbookSpinCount="100000" lockWindows="1"/>`,
      ),
  );
  await edit(zip, 'xl/worksheets/sheet1.xml', (x) =>
    x.replace(
      '</sheetData>',
      `</sheetData><sheetProtection algorithmName="SHA-512" hashValue="${HASH}" saltValue="${SALT}" spinCount="100000" sheet="1" objects="1" scenarios="1"/>`,
    ),
  );
}

/** A Microsoft Purview sensitivity label: its LabelInfo part and the MSIP properties older Office reads. */
export async function addSensitivityLabel(zip: JSZip): Promise<void> {
  const id = '{3c7e1b6d-0000-4000-8000-00000000a001}';
  const site = '{9b2f3a10-0000-4000-8000-00000000b002}';
  zip.file(
    'docMetadata/LabelInfo.xml',
    `${HEAD}<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="${id}" enabled="1" method="Standard" siteId="${site}" removed="0"/></clbl:labelList>`,
  );
  const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
  const prop = (pid: number, name: string, value: string) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
  zip.file(
    'docProps/custom.xml',
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT}">${prop(2, `MSIP_Label_${id.slice(1, -1)}_Enabled`, 'true')}${prop(3, `MSIP_Label_${id.slice(1, -1)}_SiteId`, site.slice(1, -1))}${prop(4, `MSIP_Label_${id.slice(1, -1)}_Name`, 'ใช้ภายในหน่วยงาน')}</Properties>`,
  );
  await edit(zip, '_rels/.rels', (x) =>
    x.replace(
      '</Relationships>',
      `<Relationship Id="rIdLabel" Type="http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels" Target="docMetadata/LabelInfo.xml"/><Relationship Id="rIdCustom" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    ),
  );
  await edit(
    zip,
    '[Content_Types].xml',
    override('docMetadata/LabelInfo.xml', 'application/vnd.ms-office.classificationlabels+xml'),
  );
  await edit(zip, '[Content_Types].xml', override('docProps/custom.xml', `${CT}custom-properties+xml`));
}

/** A Power Query query: its connection, and the query itself (DataMashup) in a custom XML part. */
export async function addPowerQuery(zip: JSZip): Promise<void> {
  zip.file(
    'xl/connections.xml',
    `${HEAD}<connections xmlns="${MAIN}"><connection id="1" keepAlive="1" name="Query - งบประมาณ" description="Connection to the 'งบประมาณ' query in the workbook." type="5" refreshedVersion="8" background="1" saveData="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=งบประมาณ;Extended Properties=&quot;&quot;" command="SELECT * FROM [งบประมาณ]"/></connection></connections>`,
  );
  zip.file(
    'customXml/item1.xml',
    `<?xml version="1.0" encoding="utf-16"?><DataMashup xmlns="http://schemas.microsoft.com/DataMashup">AAAAAB0DAABQSwMEFAACAAgA</DataMashup>`,
  );
  zip.file(
    'customXml/itemProps1.xml',
    `${HEAD}<ds:datastoreItem ds:itemID="{5A1C2E3F-0000-4000-8000-00000000C003}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file('customXml/_rels/item1.xml.rels', rels([['rId1', `${R}/customXmlProps`, 'itemProps1.xml']]));
  await edit(zip, 'xl/_rels/workbook.xml.rels', workbookRel('rIdConn', `${R}/connections`, 'connections.xml'));
  await edit(zip, 'xl/_rels/workbook.xml.rels', workbookRel('rIdMashup', `${R}/customXml`, '../customXml/item1.xml'));
  await edit(zip, '[Content_Types].xml', override('xl/connections.xml', `${CT}spreadsheetml.connections+xml`));
  await edit(zip, '[Content_Types].xml', override('customXml/itemProps1.xml', `${CT}customXmlProperties+xml`));
}

/** A dynamic array formula (Excel 365's SORT spilling down), with the cell metadata it needs. */
export async function addDynamicArray(zip: JSZip, sheetPart: string): Promise<void> {
  zip.file(
    'xl/metadata.xml',
    `${HEAD}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
  );
  await edit(zip, sheetPart, (x) => {
    const end = x.lastIndexOf('</row>', x.indexOf('</sheetData>'));
    const row = x.slice(0, end).match(/<row r="(\d+)"[^>]*>(?![^]*<row )/)?.[1] ?? '1';
    return `${x.slice(0, end)}<c r="Z${row}" cm="1"><f t="array" ref="Z${row}:Z${Number(row) + 2}">_xlfn._xlws.SORT(E3:E5)</f><v>89.02</v></c>${x.slice(end)}`;
  });
  await edit(zip, 'xl/_rels/workbook.xml.rels', workbookRel('rIdMeta', `${R}/sheetMetadata`, 'metadata.xml'));
  await edit(zip, '[Content_Types].xml', override('xl/metadata.xml', `${CT}spreadsheetml.sheetMetadata+xml`));
}

/** A text box (a drawing shape with text) on a sheet that has no drawing yet. */
export async function addTextBox(zip: JSZip, sheetPart: string): Promise<void> {
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  zip.file(
    'xl/drawings/drawing9.xml',
    `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr wrap="square"/><a:lstStyle/><a:p><a:r><a:rPr lang="th-TH" sz="1100"/><a:t>กรอกคะแนนจากรายงาน ITAS เท่านั้น</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  await addSheetRel(zip, sheetPart, 'rIdTextBox', `${R}/drawing`, '../drawings/drawing9.xml');
  // After the page setup and before anything that must follow a drawing (none on these sheets).
  await edit(zip, sheetPart, (x) => x.replace('</worksheet>', '<drawing r:id="rIdTextBox"/></worksheet>'));
  await edit(zip, '[Content_Types].xml', override('xl/drawings/drawing9.xml', `${CT}drawing+xml`));
}

/**
 * The SpreadsheetML parts with the main namespace under a prefix (`<x:worksheet xmlns:x="…">`),
 * as the Open XML SDK and other .NET writers save them.
 */
export async function usePrefix(zip: JSZip, prefix = 'x'): Promise<void> {
  for (const part of Object.keys(zip.files).filter((n) =>
    /^xl\/(worksheets\/sheet\d+|workbook|sharedStrings|styles)\.xml$/.test(n),
  ))
    await edit(zip, part, (x) =>
      x
        .replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, `<$1${prefix}:$2`)
        .replace(`xmlns="${MAIN}"`, `xmlns:${prefix}="${MAIN}"`),
    );
}
