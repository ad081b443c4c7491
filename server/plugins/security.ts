import fp from 'fastify-plugin'

/**
 * Headers every answer carries, and JSON as the only body type: everything that can change the data
 * is JSON, so a form post or text/plain from another site is 415 (and a cross-site page cannot send
 * application/json without a CORS preflight, which this server never grants).
 */
export const security = fp(
  (app, _options, done) => {
    app.removeContentTypeParser('text/plain')
    app.addHook('onRequest', (_request, reply, done) => {
      void reply.header('X-Content-Type-Options', 'nosniff').header('Referrer-Policy', 'same-origin')
      done()
    })
    done()
  },
  { name: 'security' },
)
