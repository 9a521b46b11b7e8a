// Pictures of training lessons: GET /training-assets/<module id>/images/<file>.
// Only files the content check accepted for that module are served (a lookup
// by exact name, so "../" and encoded tricks find nothing), with headers that
// keep an SVG from running anything even when opened on its own.
import { createReadStream } from 'node:fs';
import type { App } from '../../app/create-app';
import { AppError } from '../../app/errors';
import { trainingLibrary } from '../../app/handlers/training';
import type { Route } from '../http-server';

const PREFIX = '/training-assets/';

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'Không có ảnh này', 'No such picture', 404);
}

export function trainingRoutes(app: App): Route[] {
  return [
    {
      method: 'GET',
      path: `${PREFIX}*`,
      handle(req, res) {
        const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        let segments: string[];
        try {
          segments = pathname.slice(PREFIX.length).split('/').map(decodeURIComponent);
        } catch {
          throw notFound();
        }
        const [moduleId, ...rest] = segments;
        if (!moduleId || rest.length === 0) throw notFound();
        const asset = trainingLibrary(app.context).asset(moduleId, rest.join('/'));
        if (!asset) throw notFound();
        res.writeHead(200, {
          'content-type': asset.contentType,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
        });
        createReadStream(asset.file)
          .on('error', () => res.destroy())
          .pipe(res);
      },
    },
  ];
}
