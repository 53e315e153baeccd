// Sends the documents to the same-origin API. XMLHttpRequest rather than fetch: only it reports upload progress.

/**
 * @param {{ file: File, reply: File | null, format: 'json' | 'markdown', token: string }} request
 * @param {(sent: number, total: number) => void} onUpload progress while the files are sent
 * @returns {Promise<{ status: number, type: string, body: string }>}
 */
export function upload({ file, reply, format, token }, onUpload) {
  const form = new FormData()
  form.append('file', file)
  if (reply) form.append('reply', reply)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `/api/parse?format=${format}`)
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onUpload(event.loaded, event.total)
    })
    xhr.addEventListener('load', () =>
      resolve({ status: xhr.status, type: xhr.getResponseHeader('content-type') ?? '', body: xhr.responseText })
    )
    xhr.addEventListener('error', () => reject(new Error('network')))
    xhr.send(form)
  })
}

/** The problem's code from an error response (problem+json), or a code for what the status says. */
export function problemCode(response) {
  try {
    const problem = JSON.parse(response.body)
    if (typeof problem.code === 'string') return problem.code
  } catch {
    // not JSON: a proxy or the platform answered; fall through to the status
  }
  return response.status === 413 ? 'too_large' : response.status === 401 ? 'unauthorized' : 'internal_error'
}
