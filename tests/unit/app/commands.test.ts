import { describe, expect, it, vi } from 'vitest';
import { claimCommand, runClaimedCommand } from '../../../src-renderer/app/commands';

describe('menu command claims', () => {
  it('reports an unclaimed command so the shell can use its default', async () => {
    expect(await runClaimedCommand('about')).toBe(false);
  });

  it('runs the newest claim and falls back to the older one when it is released', async () => {
    const page = vi.fn();
    const preview = vi.fn();
    const releasePage = claimCommand('save', page);
    const releasePreview = claimCommand('save', preview);

    expect(await runClaimedCommand('save')).toBe(true);
    expect(preview).toHaveBeenCalledOnce();
    expect(page).not.toHaveBeenCalled();

    releasePreview();
    await runClaimedCommand('save');
    expect(page).toHaveBeenCalledOnce();

    releasePage();
    expect(await runClaimedCommand('save')).toBe(false);
  });

  it('keeps commands apart', async () => {
    const print = vi.fn();
    const release = claimCommand('print', print);
    expect(await runClaimedCommand('save')).toBe(false);
    expect(await runClaimedCommand('print')).toBe(true);
    release();
  });
});
