import type { ReactNode } from 'react';
import { BrandMark } from '../../ui';

/** The centred card used by the pages a person sees before signing in. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="auth">
      <header className="auth__brand">
        <BrandMark size="lg" />
        <p className="auth__tagline">Structured interviews for hiring teams</p>
      </header>
      <main className="auth__card" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
