import type { ScreenBeat, ScreenBeatAnswer } from '../../../contract/api'
import { apiUrl, isObject, jsonOf } from './serverProbe'

/**
 * Sends a screen's heartbeat. Null when it did not arrive or was refused (offline, no session, too
 * many): never an error, the next beat tries again. Not cached by the offline worker, which
 * handles data files only.
 */
export async function sendBeat(
  beat: ScreenBeat,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  base?: string,
): Promise<ScreenBeatAnswer | null> {
  try {
    const res = await fetchImpl(apiUrl('screens/beat', base), {
      method: 'POST',
      cache: 'no-store',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(beat),
    })
    const answer = res.ok ? await jsonOf(res) : undefined
    return isObject(answer) && typeof answer.beatSeconds === 'number' && answer.beatSeconds > 0
      ? { reload: answer.reload === true, beatSeconds: answer.beatSeconds }
      : null
  } catch {
    return null
  }
}
