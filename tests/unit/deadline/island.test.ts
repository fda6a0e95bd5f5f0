import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { DeadlineCalculator } from '../../../src/components/deadline/DeadlineCalculator';
import { holidayRegionOptions } from '../../../src/lib/holiday-files';
import { packRegionOptions } from '../../../src/domain/deadline/regions';
import { LOCALES } from '../../../src/domain/i18n/locales';
import { messagesOf } from './helpers';

const KEY_LEFT = /\b(form|errors|rules|about|assumptions|result|ledger|ics|summary|warnings)\.[\w-]+\.?[\w-]*/;

function render(code: string, initialSearch?: string): string {
  const locale = LOCALES.find((l) => l.code === code)!;
  return renderToString(
    h(DeadlineCalculator, {
      lang: locale.tag,
      messages: messagesOf(code),
      regions: packRegionOptions(holidayRegionOptions(code)),
      holidaysUrl: '/holidays/',
      ...(initialSearch === undefined ? {} : { initialSearch }),
    }),
  );
}

describe('DeadlineCalculator server render', () => {
  it.each(LOCALES.map((l) => [l.code] as const))('shows the whole form with every string in %s', (code) => {
    const html = render(code);
    expect(html).toContain('type="date"');
    expect(html).toContain('type="time"');
    expect(html).toContain('list="dl-zones"');
    expect(html).toMatch(/<select id="dl-region"[^>]*><option value[ =>]/);
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain('<output');
    expect(html).not.toMatch(KEY_LEFT);
  });

  it('labels every control', () => {
    const html = render('en');
    for (const id of ['dl-date', 'dl-time', 'dl-tz', 'dl-region', 'dl-rule-0', 'dl-rule-1']) {
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${id}"`);
    }
  });

  it.each(LOCALES.map((l) => [l.code] as const))(
    'renders a shared result in an <output> with the ISO instant (%s)',
    (code) => {
      const html = render(code, '?notified=2026-11-20T21:45&tz=Europe/Budapest&rule=five-business-days');
      expect(html).toMatch(/<output[^>]*><time datetime="2026-11-28T00:00:00\+01:00">/);
      expect(html).toContain('<table class="deadline__ledger">');
      expect(html.match(/class="deadline__day deadline__day--counted"/g)).toHaveLength(5);
      expect(html).not.toMatch(KEY_LEFT);
    },
  );

  it('labels the start input "approval" for the seven-day rule', () => {
    const html = render('en', '?approved=2026-10-22&tz=Europe/Istanbul&rule=seven-days-after-approval');
    expect(html).toContain('Approval date');
    expect(html).not.toContain('Notification date');
  });

  it('shows errors from a shared link beside their fields, escaped, and no result', () => {
    const html = render('en', '?notified=%3Cscript%3Ealert(1)%3C/script%3E&tz=Mars/Base');
    expect(html).toContain('id="dl-date-error"');
    expect(html).toContain('id="dl-tz-error"');
    expect(html).toMatch(
      /id="dl-tz"[^>]*aria-describedby="dl-tz-hint dl-tz-error"|aria-describedby="dl-tz-hint dl-tz-error"[^>]*id="dl-tz"/,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script>');
    expect(html).not.toContain('<output');
  });
});
