/** What a server said about a file: its ETag and Last-Modified, and a hash of its body. */
export interface Validator {
  readonly etag: string | null
  readonly lastModified: string | null
  /** For servers that send neither validator: then the bodies tell. */
  readonly hash: number | null
}

/** FNV-1a over the text: enough to tell a changed file from an unchanged one. */
function hashText(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The validators of a response whose body has been read. */
export function validatorOf(res: Response, body: string): Validator {
  return { etag: res.headers.get('ETag'), lastModified: res.headers.get('Last-Modified'), hash: hashText(body) }
}

/** Whether a file answered with `now` differs from the one answered with `before`. */
export function differs(before: Validator | undefined, now: Validator): boolean {
  return now.etag || now.lastModified
    ? !before || before.etag !== now.etag || before.lastModified !== now.lastModified
    : before?.hash !== now.hash
}

/** What the app knows of the published files: each file's validators, and the files the manifest lists. */
export interface LiveState {
  readonly validators: ReadonlyMap<string, Validator>
  readonly files: readonly string[]
}

export const NO_STATE: LiveState = { validators: new Map(), files: [] }
