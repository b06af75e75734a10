import { useState } from 'react';
import { getDb } from '../../data/db';
import { saveWardProfile } from '../../data/registers';
import type { WardProfile } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';
import { profileToForm } from './wardProfileForm';

/**
 * Saving the ward's settings overrides through the profile's save path (its checks and its version, so a
 * change made meanwhile on another PC is not overwritten), with a message when it is done.
 */
export function useOverridesSave(profile: WardProfile, feedback: Pick<Feedback, 'notify' | 'fail'>) {
  const [saving, setSaving] = useState(false);
  const store = async (settingsOverrides: Record<string, unknown>, message: string) => {
    setSaving(true);
    try {
      await saveWardProfile(getDb(), { ...profileToForm(profile), settingsOverrides }, { readVersion: profile.version });
      feedback.notify(message);
    } catch (e) {
      feedback.fail(e);
    } finally {
      setSaving(false);
    }
  };
  return { saving, store };
}
