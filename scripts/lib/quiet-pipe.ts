/**
 * Imported for its effect by the CLIs that print a lot: when the reader of their output stops early
 * (`npm run kb:show -- Kim | head`), writing to the closed pipe fails with EPIPE. That is no error of the
 * command's, so it ends quietly, as Unix tools do, instead of printing a stack trace.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
