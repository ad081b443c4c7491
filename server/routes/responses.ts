import { ErrorBody } from '../../contract/api'

/** Every API route answers errors with the contract's error body. */
export const errorResponses = { '4xx': ErrorBody, '5xx': ErrorBody } as const
