import { describe, expect, it } from 'vitest';
import { sourcesMessages } from '../../../renderer/src/screens/live/sources-messages';

describe('the Facebook connect dialog’s help', () => {
  it('says, Vietnamese first, that only Page lives can be read and that the Page id or link is enough', () => {
    const vi = sourcesMessages.vi.help.facebook;
    const viText = [vi.target, vi.targetHint, ...vi.steps].join('\n');
    expect(viText).toContain('Chỉ đọc được bình luận live của Trang (Page), không đọc được live trên trang cá nhân');
    expect(viText).toContain('Chỉ cần ID hoặc link của Trang');
    // The old advice pointed at a Video id, which Facebook's live comments refuse.
    expect(viText).not.toContain('/videos/<ID>');

    const en = sourcesMessages.en.help.facebook;
    const enText = [en.target, en.targetHint, ...en.steps].join('\n');
    expect(enText).toContain('Only the live comments of a Page can be read, not a live on a personal profile');
    expect(enText).toContain('The Page id or link is enough');
    expect(enText).not.toContain('/videos/<ID>');
  });
});
