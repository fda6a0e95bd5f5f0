/**
 * The flow map: the wizard's whole decision graph (src/domain/eligibility/graph.ts) drawn as an SVG, with
 * the same content as nested lists, and every path with its outcome. Rendered on the server only.
 */
import { OUTCOME_SOURCES, outcomeBasis } from '../../domain/eligibility/evaluate';
import type { OutcomeId } from '../../domain/eligibility/evaluation';
import type { FlowGraph, GraphTarget } from '../../domain/eligibility/graph';
import { answerValues, getQuestion, QUESTION_IDS, type QuestionId } from '../../domain/eligibility/questions';
import { citationText, periodText } from '../../domain/eligibility/text';
import type { Translate } from '../../domain/i18n/format';
import { periodOf, type Period } from '../../domain/sources/period';
import { block, layoutMap, type MapEdgeSpec, type MapNode } from './flowMapLayout';

interface Props {
  graph: FlowGraph;
  t: Translate;
  tag: string;
  rtl: boolean;
}

const qid = (id: QuestionId) => `map-q-${id}`;
const oid = (id: OutcomeId) => `map-o-${id}`;

/** The figure and the lists; every element id starts with `map-`. */
export function FlowMap({ graph, t, tag, rtl }: Props) {
  const number = (id: QuestionId) => graph.questions.indexOf(id) + 1;
  const questionTitle = (id: QuestionId) => t('map.question', { n: number(id), legend: t(`questions.${id}.legend`) });
  const outcomeTitle = (id: OutcomeId) => t('map.outcome', { title: t(`outcomes.${id}.title`) });
  const targetTitle = (target: GraphTarget) =>
    target.kind === 'question' ? questionTitle(target.id) : outcomeTitle(target.id);
  const targetId = (target: GraphTarget) => (target.kind === 'question' ? qid(target.id) : oid(target.id));
  const questionSources = (id: QuestionId) => {
    const sources = getQuestion(id).sources;
    return citationText(sources, periodOf(sources)!, t, tag);
  };
  /** Ids and period only, for the drawing (the lists give each source's label). */
  const compact = (sources: readonly string[], period: Period) =>
    `${sources.join(', ')} · ${periodText(period, t, tag)}`;
  const outcomeSources = (id: OutcomeId) => {
    const basis = outcomeBasis(id);
    return citationText(basis.sources, basis.period, t, tag);
  };

  const questionNodes: MapNode[] = graph.questions.map((id) => ({
    id,
    header: {
      texts: [
        block(questionTitle(id), 'question', { bold: true }),
        block(compact(getQuestion(id).sources, periodOf(getQuestion(id).sources)!), 'question', { small: true }),
      ],
    },
    rows: getQuestion(id).options.map((o) => ({ texts: [block(t(`questions.${id}.options.${o}`), 'question')] })),
  }));
  const outcomeNodes: MapNode[] = graph.outcomes.map((id) => ({
    id,
    header: {
      texts: [
        block(t(`outcomes.${id}.title`), 'outcome', { bold: true }),
        block(compact(OUTCOME_SOURCES[id], outcomeBasis(id).period), 'outcome', { small: true }),
      ],
    },
    rows: [],
  }));
  const edges: MapEdgeSpec[] = graph.edges.flatMap((e) =>
    e.targets.map((target) => ({
      from: { node: e.question, row: getQuestion(e.question).options.indexOf(e.option) },
      to: target.id,
    })),
  );
  const layout = layoutMap(questionNodes, outcomeNodes, edges, rtl);
  const direction = rtl ? 'rtl' : undefined;

  return (
    <>
      <figure class="map-figure">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so a keyboard can scroll it (axe: scrollable-region-focusable). */}
        <section class="map-scroll" tabIndex={0} aria-labelledby="map-figure-caption">
          <svg
            class="map-svg"
            role="img"
            aria-labelledby="map-svg-title map-svg-desc"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width}
            height={Math.ceil(layout.height)}
            direction={direction}
          >
            <title id="map-svg-title">{t('map.figureTitle')}</title>
            <desc id="map-svg-desc">
              {t('map.figureDesc', { questions: graph.questions.length, outcomes: graph.outcomes.length })}
            </desc>
            <defs>
              <marker
                id="map-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path class="map-arrowhead" d="M0 0 L10 5 L0 10 z" />
              </marker>
            </defs>
            {layout.edges.map((e, i) => (
              <path key={`e${i}`} class="map-edge" d={e.d} marker-end="url(#map-arrow)" />
            ))}
            {layout.nodes.map((n) => (
              <g
                key={n.id}
                class={graph.outcomes.includes(n.id as OutcomeId) ? 'map-node map-node--outcome' : 'map-node'}
              >
                <rect x={n.x} y={n.y} width={n.width} height={n.height} rx="6" />
                {n.dividers.map((y) => (
                  <line key={y} x1={n.x} x2={n.x + n.width} y1={y} y2={y} />
                ))}
                {n.texts.map((tx, i) => (
                  <text
                    key={i}
                    x={tx.x}
                    y={tx.y}
                    direction={direction}
                    class={tx.small ? 'map-small' : tx.bold ? 'map-bold' : undefined}
                  >
                    {tx.text}
                  </text>
                ))}
              </g>
            ))}
          </svg>
        </section>
        <figcaption id="map-figure-caption">
          {t('map.figureTitle')}:{' '}
          {t('map.figureDesc', { questions: graph.questions.length, outcomes: graph.outcomes.length })}
        </figcaption>
      </figure>

      <section aria-labelledby="map-list-title">
        <h2 id="map-list-title">{t('map.listTitle')}</h2>
        <ol class="map-list">
          {graph.questions.map((id) => (
            <li key={id} id={qid(id)}>
              <h3>{questionTitle(id)}</h3>
              <p class="map-sources">{questionSources(id)}</p>
              <ul>
                {graph.edges
                  .filter((e) => e.question === id)
                  .map((e) => (
                    <li key={e.option}>
                      {t(`questions.${id}.options.${e.option}`)} <span class="map-leads">{t('map.leadsTo')}</span>{' '}
                      {e.targets.map((target) => (
                        <a key={target.id} href={`#${targetId(target)}`}>
                          {targetTitle(target)}
                        </a>
                      ))}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="map-outcomes-title">
        <h2 id="map-outcomes-title">{t('map.outcomesTitle')}</h2>
        <ul class="map-list">
          {graph.outcomes.map((id) => (
            <li key={id} id={oid(id)}>
              <h3>{t(`outcomes.${id}.title`)}</h3>
              <p>{t(`outcomes.${id}.body`)}</p>
              <p class="map-sources">{outcomeSources(id)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="map-paths-title">
        <h2 id="map-paths-title">{t('map.pathsTitle')}</h2>
        <p>{t('map.pathsIntro', { count: graph.paths.length })}</p>
        <table class="map-paths">
          <thead>
            <tr>
              <th scope="col">{t('map.answers')}</th>
              <th scope="col">{t('map.result')}</th>
            </tr>
          </thead>
          <tbody>
            {graph.paths.map((p, i) => (
              <tr key={i}>
                <td>
                  <ol class="map-path">
                    {QUESTION_IDS.filter((q) => p.answers[q] !== undefined).map((q) => (
                      <li key={q}>{t(`questions.${q}.options.${answerValues(p.answers, q)[0]}`)}</li>
                    ))}
                  </ol>
                </td>
                <td>
                  <a href={`#${oid(p.outcome)}`}>{t(`outcomes.${p.outcome}.title`)}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
