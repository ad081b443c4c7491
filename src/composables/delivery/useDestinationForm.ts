import { computed, reactive, type MaybeRefOrGetter, toValue } from 'vue'
import type { DeliveryKind, DestinationInfo, DestinationRequest } from '../../../contract/delivery'

/** The schedule a new destination starts with: the 5th of each month, 09:00, in China's time. */
const DEFAULT_SCHEDULE = { cron: '0 9 5 * *', timeZone: 'Asia/Shanghai' }

function blank() {
  return {
    name: '',
    kind: 'wecom' as DeliveryKind,
    webhook: '',
    secret: '',
    host: '',
    port: 465,
    secure: true,
    user: '',
    password: '',
    from: '',
    to: '',
    publish: true,
    warning: true,
    scheduled: false,
    cron: DEFAULT_SCHEDULE.cron,
    timeZone: DEFAULT_SCHEDULE.timeZone,
    figures: true,
    warnings: true,
    link: true,
    brief: true,
  }
}

/** A destination's fields as the form edits them; secrets start empty (the server keeps the stored ones). */
function fieldsOf(d: DestinationInfo | null) {
  const f = blank()
  if (!d) return f
  const t = d.target
  const smtp = t.kind === 'email' ? { ...t, to: t.to.join('\n'), password: '' } : {}
  return {
    ...f,
    ...smtp,
    name: d.name,
    kind: t.kind,
    publish: d.when.publish,
    warning: d.when.warning,
    scheduled: d.when.schedule !== null,
    ...(d.when.schedule ?? DEFAULT_SCHEDULE),
    ...d.what,
  }
}

/**
 * The form of one destination: its fields, the hints of the secrets stored for it (never the secrets),
 * and the request it makes. A secret field left empty is left out, so the server keeps the stored one.
 */
export function useDestinationForm(initial: MaybeRefOrGetter<DestinationInfo | null>) {
  const start = toValue(initial)
  const form = reactive(fieldsOf(start))
  const stored = start?.target
  const hints = computed(() => ({
    webhook: stored && stored.kind === form.kind && stored.kind !== 'email' ? stored.webhook.hint : '',
    secret: stored?.kind === 'dingtalk' && form.kind === 'dingtalk' ? stored.secret.hint : '',
    password: stored?.kind === 'email' && form.kind === 'email' && stored.password.set ? stored.password.hint : '',
  }))

  const target = (): DestinationRequest['target'] => {
    const webhook = form.webhook.trim() || undefined
    switch (form.kind) {
      case 'wecom':
        return { kind: 'wecom', webhook }
      case 'dingtalk':
        return { kind: 'dingtalk', webhook, secret: form.secret.trim() || undefined }
      case 'email':
        return {
          kind: 'email',
          host: form.host.trim(),
          port: Number(form.port),
          secure: form.secure,
          user: form.user.trim(),
          from: form.from.trim(),
          to: form.to.split(/[\s,;]+/).filter(Boolean),
          password: form.password || undefined,
        }
    }
  }

  function request(): DestinationRequest {
    return {
      name: form.name.trim(),
      when: {
        publish: form.publish,
        warning: form.warning,
        schedule: form.scheduled ? { cron: form.cron.trim(), timeZone: form.timeZone.trim() } : null,
      },
      what: {
        figures: form.figures,
        warnings: form.warnings,
        link: form.link,
        brief: form.kind === 'email' && form.brief,
      },
      target: target(),
    }
  }

  return { form, hints, request }
}
