import { describe, expect, it } from 'vitest'
import DeliveryForm from '@/components/delivery/DeliveryForm.vue'
import type { DestinationInfo, DestinationRequest } from '../../contract/delivery'
import { mountWithApp } from '../support/mountApp'

const DINGTALK: DestinationInfo = {
  id: 'd1',
  name: '局领导群',
  when: { publish: true, warning: false, schedule: { cron: '0 9 5 * *', timeZone: 'Asia/Shanghai' } },
  what: { figures: true, warnings: true, link: true, brief: false },
  target: {
    kind: 'dingtalk',
    webhook: { set: true, hint: '••••a1b2' },
    secret: { set: true, hint: '••••c3d4' },
  },
  nextRun: '2027-01-05T01:00:00.000Z',
}

const saved = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  (wrapper.emitted('save')?.[0] as [DestinationRequest] | undefined)?.[0]

describe('DeliveryForm', () => {
  it('shows stored secrets as hints only and leaves them out of an edit that does not change them', async () => {
    const { wrapper } = await mountWithApp(DeliveryForm, { props: { initial: DINGTALK, busy: false } })
    const webhook = wrapper.get('[data-testid="delivery-webhook"]')
    expect((webhook.element as HTMLInputElement).value).toBe('')
    expect(webhook.attributes('placeholder')).toContain('••••a1b2')
    expect(webhook.attributes('required')).toBeUndefined()
    expect(wrapper.get('[data-testid="delivery-secret"]').attributes('placeholder')).toContain('••••c3d4')
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toEqual({
      name: '局领导群',
      when: DINGTALK.when,
      what: { figures: true, warnings: true, link: true, brief: false },
      target: { kind: 'dingtalk', webhook: undefined, secret: undefined },
    })
  })

  it('makes a new mail destination with its recipients one a line', async () => {
    const { wrapper } = await mountWithApp(DeliveryForm, { props: { initial: null, busy: false } })
    await wrapper.get('[data-testid="delivery-name"]').setValue('办公室')
    await wrapper.get('[data-testid="delivery-kind"]').setValue('email')
    await wrapper.get('[data-testid="delivery-host"]').setValue('smtp.example.gov.cn')
    await wrapper.get('[data-testid="delivery-user"]').setValue('office')
    await wrapper.get('[data-testid="delivery-password"]').setValue('app-code')
    await wrapper.get('[data-testid="delivery-from"]').setValue('ip@example.gov.cn')
    await wrapper.get('[data-testid="delivery-to"]').setValue('a@example.gov.cn\nb@example.gov.cn\n')
    await wrapper.get('[data-testid="delivery-scheduled"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(saved(wrapper)).toEqual({
      name: '办公室',
      when: { publish: true, warning: true, schedule: { cron: '0 9 5 * *', timeZone: 'Asia/Shanghai' } },
      what: { figures: true, warnings: true, link: true, brief: true },
      target: {
        kind: 'email',
        host: 'smtp.example.gov.cn',
        port: 465,
        secure: true,
        user: 'office',
        password: 'app-code',
        from: 'ip@example.gov.cn',
        to: ['a@example.gov.cn', 'b@example.gov.cn'],
      },
    })
  })
})
