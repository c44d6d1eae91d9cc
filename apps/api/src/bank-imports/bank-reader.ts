import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, Optional, type OnApplicationShutdown } from '@nestjs/common';
import type { ParseBankOptions, ParsedBank } from '@panelist/question-bank';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, BANK_READ_TIMEOUT_SECONDS, REPOSITORY_ROOT, type AppConfig } from '../config/app-config';
import { READY, type BankReadResult, type BankReadTask } from './bank-read.worker';

/** The worker next to this file: compiled JavaScript in production, TypeScript (loaded through SWC) from the sources. */
const WORKER = join(__dirname, `bank-read.worker${extname(__filename)}`);
const EXEC_ARGV = WORKER.endsWith('.ts') ? ['--require', join(REPOSITORY_ROOT, 'tools', 'ts-register.cjs')] : [];
/** Files read at once; more wait their turn, and past MAX_WAITING the person is asked to try again shortly. */
const MAX_THREADS = 2;
const MAX_WAITING = 8;
/** A thread with nothing to read closes after this, so an instance that imports nothing keeps none. */
const IDLE_MS = 30_000;

interface Task extends BankReadTask {
  resolve: (bank: ParsedBank) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  /** Loaded (its first message came); a file given before waits in its queue, and its deadline starts here. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Reads uploaded banks in worker threads, never on the thread that answers requests: a 20 MB file is
 * seconds of CPU, and a file built to make some pattern backtrack could be minutes. Each read has a
 * deadline (BANK_READ_TIMEOUT_SECONDS) from the moment its thread starts it; past it the thread is
 * stopped and the person told the file could not be read in time. (piscina was tried first: its tasks
 * never reach the worker under jest, where the integration tests run the API.)
 */
@Injectable()
export class BankReader implements OnApplicationShutdown {
  private readonly threads = new Set<Thread>();
  private readonly waiting: Task[] = [];
  private readonly logger = new Logger('BankReader');
  private closed = false;

  private readonly deadlineSeconds: number;

  // The bank command line has no app config (and reads files in its own process, not here).
  constructor(@Optional() @Inject(APP_CONFIG) config?: Pick<AppConfig, 'bankReadTimeoutSeconds'>) {
    this.deadlineSeconds = config?.bankReadTimeoutSeconds ?? BANK_READ_TIMEOUT_SECONDS;
  }

  read(content: Uint8Array, options: ParseBankOptions): Promise<ParsedBank> {
    if (this.waiting.length >= MAX_WAITING) {
      return Promise.reject(AppError.serviceUnavailable('Many files are being read right now. Try again in a minute.'));
    }
    return new Promise<ParsedBank>((resolve, reject) => {
      this.waiting.push({ content, options, resolve, reject });
      this.next();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(AppError.serviceUnavailable('The server is restarting. Try again in a moment.'));
    await Promise.all(
      [...this.threads].map((thread) => this.stop(thread, AppError.serviceUnavailable('The server is restarting. Try again in a moment.'))),
    );
  }

  /** Gives the next waiting file to an idle thread, or to a new one while there are fewer than MAX_THREADS. */
  private next(): void {
    while (!this.closed && this.waiting.length > 0) {
      const idle = [...this.threads].find((thread) => thread.task === null);
      if (!idle && this.threads.size >= MAX_THREADS) return;
      this.start(idle ?? this.spawn(), this.waiting.shift() as Task);
    }
  }

  private spawn(): Thread {
    const thread: Thread = { worker: new Worker(WORKER, { execArgv: EXEC_ARGV }), ready: false, task: null, timer: null };
    // An idle thread must not keep a process (a command, a test run) from ending.
    thread.worker.unref();
    thread.worker.on('message', (message: BankReadResult | typeof READY) => {
      if (message !== READY) return this.finished(thread, message);
      thread.ready = true;
      if (thread.task) this.startDeadline(thread);
    });
    thread.worker.on('error', (error) => {
      this.logger.error(`a bank reader thread failed: ${error.message}`);
      const tooBig = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      void this.stop(
        thread,
        tooBig
          ? AppError.badInput('file', 'This file needs more memory to read than one import may use. Split it into smaller files.')
          : error,
      );
    });
    thread.worker.on('exit', () => void this.stop(thread, new Error('The bank reader thread stopped.')));
    this.threads.add(thread);
    return thread;
  }

  private start(thread: Thread, task: Task): void {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.task = task;
    thread.worker.postMessage({ content: task.content, options: task.options } satisfies BankReadTask);
    if (thread.ready) this.startDeadline(thread);
  }

  private startDeadline(thread: Thread): void {
    const seconds = this.deadlineSeconds;
    thread.timer = setTimeout(() => {
      const message = `Reading this file took longer than ${seconds} s, so it was stopped. Split it into smaller files, or export it as CSV or JSON and import that.`;
      void this.stop(thread, AppError.badInput('file', message));
    }, seconds * 1000).unref();
  }

  private finished(thread: Thread, result: BankReadResult): void {
    const task = thread.task;
    if (thread.timer) clearTimeout(thread.timer);
    thread.task = null;
    thread.timer = setTimeout(() => void this.stop(thread, null), IDLE_MS).unref();
    if (task) {
      if ('problem' in result) task.reject(AppError.badInput('file', result.problem));
      else task.resolve(result.bank);
    }
    this.next();
  }

  /** Ends a thread (deadline, failure, idle or shutdown); its file, if any, fails with `reason`. */
  private async stop(thread: Thread, reason: unknown): Promise<void> {
    const wasRunning = this.threads.delete(thread);
    if (thread.timer) clearTimeout(thread.timer);
    const task = thread.task;
    thread.task = null;
    if (task) task.reject(reason);
    if (wasRunning) {
      await thread.worker.terminate();
      this.next();
    }
  }
}
