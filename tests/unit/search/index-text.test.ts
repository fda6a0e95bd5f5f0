import { describe, expect, it } from 'vitest';
import { decodeEntities, indexedText } from '../../../src/domain/search/index-text';

const page = (main: string, extra = '') =>
  `<!doctype html><html lang="tr-TR"><head><title>Başlık</title><style>p{color:red}</style></head><body><nav>Menü</nav>${extra}<main id="content" data-pagefind-body>${main}</main><footer>Alt bilgi</footer></body></html>`;

describe('indexedText: the text Pagefind indexes', () => {
  it('reads only the data-pagefind-body element', () => {
    expect(indexedText(page('<h1>Nasıl</h1><p>Yanlış ilişki</p>', '<p>Dışarıda</p>'))).toBe('Nasıl Yanlış ilişki');
  });

  it('leaves out ignored elements and the elements Pagefind removes, with their content', () => {
    const html = page(
      '<p>Bir</p><aside data-pagefind-ignore><p>Çeviri notu</p><aside><p>iç içe</p></aside></aside><form><label>Etiket</label><select><option>Seçenek</option></select></form><nav>Gezinme</nav><script>if (a < b) document.write("<p>x</p>")</script><svg><path d="M0"/><text>Şekil</text></svg><template><p>Şablon</p></template><p>İki</p>',
    );
    expect(indexedText(html)).toBe('Bir İki');
  });

  it('keeps inline elements inside words and separates block elements', () => {
    expect(
      indexedText(
        page('<p>İliş<strong>ki</strong>lendirme</p><p>ikinci<br>satır</p><ul><li>bir</li><li>iki</li></ul>'),
      ),
    ).toBe('İlişkilendirme ikinci satır bir iki');
  });

  it('decodes character references and skips comments', () => {
    expect(
      indexedText(page('<p>A &amp; B &lt;C&gt; &#305;&#x131; &quot;d&quot;&nbsp;e<!-- not <p>this</p> --></p>')),
    ).toBe('A & B <C> ıı "d" e');
  });

  it('reads attribute values that hold ">" without losing its place', () => {
    expect(indexedText(page('<p title="a > b">metin</p><p data-x=\'>\'>sonra</p>'))).toBe('metin sonra');
  });

  it('gives nothing for a page without data-pagefind-body', () => {
    expect(indexedText('<html lang="en"><body><main><p>Not indexed</p></main></body></html>')).toBe('');
  });

  it('leaves unknown references as they are', () => {
    expect(decodeEntities('&unknown; &#0; &#x110000; &AMP;')).toBe('&unknown; &#0; &#x110000; &');
  });
});
