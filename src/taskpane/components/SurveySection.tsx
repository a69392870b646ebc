/**
 * The pre-assessment from the agency's own survey (issue #13): its own badge (not the NACC's
 * result), respondents per tool, tool and indicator scores, and the lowest questions with how
 * their answers were spread. Only counts and means reach the pane: never a respondent's row.
 */
import {
  Badge,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { NO_MINIMUM_NOTE, PRE_ASSESSMENT_NOTE, SurveyQuestionResult } from '../../domain/survey';
import type { Lang } from '../../domain/text';
import type { SurveySummary } from '../../workbook/analysis';
import { gradeColor, percent } from '../format';
import { useI18n } from '../i18n';
import { useCommonStyles } from '../styles';

/** The survey tab's own texts, one half per language; `en` is typed as `th`'s shape. */
const TH = {
  title: 'การประเมินล่วงหน้า (แบบสำรวจ)',
  badge: 'ประเมินล่วงหน้า',
  sheet: (name: string) => `จากชีต ${name}`,
  respondents: 'ผู้ตอบ',
  people: (n: number) => `${n} คน`,
  belowMin: 'น้อยกว่าขั้นต่ำ',
  minimum: (n: number) => `ขั้นต่ำ ${n} คน (ชีตเกณฑ์การประเมิน)`,
  total: 'คะแนนรวม (ล่วงหน้า)',
  noTotal: 'ยังไม่มีคะแนนรวม: ดูคำเตือนในแท็บปัญหา',
  indicator: (id: number) => `ตัวชี้วัดที่ ${id}`,
  lowest: 'ข้อที่ได้คะแนนต่ำสุด',
  answered: (n: number) => `ตอบ ${n} คน`,
  reverse: 'ข้อคำถามเชิงลบ: ตอบน้อยได้คะแนนมาก',
  few: 'ผู้ตอบน้อย',
  answer: 'คำตอบ',
  points: 'คะแนน',
  count: 'จำนวน',
  share: 'ร้อยละ',
  suggestion: (id: number) => `ข้อเสนอแนะ ตัวชี้วัดที่ ${id}`,
};

const S: Record<Lang, typeof TH> = {
  th: TH,
  en: {
    title: 'Pre-assessment (survey)',
    badge: 'Pre-assessment',
    sheet: (name: string) => `From sheet ${name}`,
    respondents: 'Respondents',
    people: (n: number) => String(n),
    belowMin: 'below the minimum',
    minimum: (n: number) => `minimum ${n} (Rules sheet)`,
    total: 'Total (pre-assessment)',
    noTotal: 'No total yet: see the warnings on the Problems tab',
    indicator: (id: number) => `Indicator ${id}`,
    lowest: 'Lowest questions',
    answered: (n: number) => `${n} answers`,
    reverse: 'Reverse-worded: the least answer scores most',
    few: 'few answers',
    answer: 'Answer',
    points: 'Points',
    count: 'Count',
    share: '%',
    suggestion: (id: number) => `Suggestion, indicator ${id}`,
  },
};

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '4px' },
  card: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '6px', alignItems: 'center' },
  scores: { margin: 0, paddingLeft: '18px' },
  question: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  // A badge's fixed one-line height would let a long label spill out of its border at 320 px.
  longBadge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingTop: '2px', paddingBottom: '2px' },
  bar: { height: '8px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
  barCell: { width: '35%', minWidth: '60px' },
  suggestion: {
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

function Distribution({ q, lang }: { q: SurveyQuestionResult; lang: Lang }) {
  const L = S[lang];
  const styles = useStyles();
  const common = useCommonStyles();
  return (
    <Table className={common.table} size="extra-small" aria-label={`${q.code}: ${L.answered(q.answered)}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{L.answer}</TableHeaderCell>
          <TableHeaderCell>{L.points}</TableHeaderCell>
          <TableHeaderCell>{L.count}</TableHeaderCell>
          <TableHeaderCell>{L.share}</TableHeaderCell>
          <TableHeaderCell className={styles.barCell}>
            <span className={common.visuallyHidden}>{L.share}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {q.levels.map((l) => {
          const share = q.answered === 0 ? 0 : (l.count / q.answered) * 100;
          return (
            <TableRow key={l.score}>
              <TableCell>{l.label[lang]}</TableCell>
              <TableCell className={common.num}>{l.score}</TableCell>
              <TableCell className={common.num}>{l.count}</TableCell>
              <TableCell className={common.num}>{percent(share)}</TableCell>
              <TableCell className={styles.barCell} aria-hidden="true">
                <div className={styles.bar} style={{ width: `${share}%` }} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

export function SurveySection({ survey }: { survey: SurveySummary }) {
  const { lang, t } = useI18n();
  const L = S[lang];
  const styles = useStyles();
  const common = useCommonStyles();
  const r = survey.result;
  const a = survey.assessment;
  return (
    <section className={common.section} aria-labelledby="survey-title" data-testid="survey-section">
      <div className={styles.head}>
        <h2 id="survey-title" className={common.h2}>
          {L.title}
        </h2>
        <Badge appearance="filled" color="important" data-testid="pre-assessment-badge">
          {L.badge}
        </Badge>
      </div>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {t(PRE_ASSESSMENT_NOTE)} · {L.sheet(survey.sheets.map((x) => x.sheet).join(', '))}
        </MessageBarBody>
      </MessageBar>
      <Card className={styles.card}>
        <div className={styles.badges} data-testid="survey-respondents">
          <Text weight="semibold">{L.respondents}</Text>
          {r.tools.map((tool) => (
            <Badge
              key={tool.id}
              appearance="tint"
              color={tool.enough === false ? 'danger' : tool.respondents > 0 ? 'brand' : 'subtle'}
            >
              {tool.id} {L.people(tool.respondents)}
              {tool.enough === false ? ` · ${L.belowMin}` : ''}
            </Badge>
          ))}
          {r.minRespondents !== undefined && <Text className={common.muted}>{L.minimum(r.minRespondents)}</Text>}
        </div>
        {r.minRespondents === undefined && <Text className={common.muted}>{t(NO_MINIMUM_NOTE)}</Text>}
        <ul className={styles.scores}>
          {r.tools
            .filter((tool) => tool.shown !== undefined)
            .map((tool) => (
              <li key={tool.id}>
                <Text weight="semibold">
                  {tool.id} <span className={common.num}>{tool.shown!.toFixed(2)}</span>
                </Text>
                {' · '}
                {r.indicators
                  .filter((i) => i.tool === tool.id)
                  .map((i) => `${L.indicator(i.id)} ${i.shown.toFixed(2)}`)
                  .join(' · ')}
              </li>
            ))}
        </ul>
        {a ? (
          <div className={styles.badges} data-testid="survey-total">
            <Text weight="semibold">{L.total}</Text>
            <Text className={common.num}>{a.totalShown.toFixed(2)}</Text>
            <Badge color={gradeColor(a.grade)}>{a.grade}</Badge>
          </div>
        ) : (
          <Text className={common.muted}>{L.noTotal}</Text>
        )}
      </Card>

      {r.lowest.length > 0 && (
        <h3 className={common.h3} id="survey-lowest">
          {L.lowest}
        </h3>
      )}
      {r.lowest.map((code) => {
        const q = r.questions.find((x) => x.code === code)!;
        return (
          <div key={code} className={styles.question} data-testid={`survey-question-${code}`}>
            <div className={styles.badges}>
              <Text weight="semibold">
                {q.code} <span className={common.num}>{q.shown!.toFixed(2)}</span>
              </Text>
              <Text className={common.muted}>
                {L.indicator(q.indicator)} · {L.answered(q.answered)}
              </Text>
              {q.reverse && (
                <Badge appearance="outline" color="informative" className={styles.longBadge}>
                  {L.reverse}
                </Badge>
              )}
              {q.few && (
                <Badge appearance="outline" color="warning" className={styles.longBadge}>
                  {L.few}
                </Badge>
              )}
            </div>
            <Distribution q={q} lang={lang} />
          </div>
        );
      })}
      {survey.advice
        .filter((adv) => adv.suggestions.length > 0)
        .map((adv) => (
          <div key={adv.indicator} className={styles.suggestion}>
            <Text weight="semibold">{L.suggestion(adv.indicator)}</Text>
            <br />
            <Text>{t(adv.suggestions[0].text)}</Text>
          </div>
        ))}
    </section>
  );
}
