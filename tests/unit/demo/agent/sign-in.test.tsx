// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignIn } from '../../../../demo/agent/sign-in';
import { ME } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fill(email: string, password: string) {
  fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in form', () => {
  it('signs in and hands the profile over', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ agent: ME }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const onSignedIn = vi.fn();
    render(<SignIn notice={null} onSignedIn={onSignedIn} />);
    fill(' dana@example.com ', 'secret');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(ME));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1].body))).toEqual({
      email: 'dana@example.com',
      password: 'secret',
    });
  });

  it("shows the server's message when the credentials are refused", async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'unauthorized', message: 'Wrong email or password.' }), { status: 401 }));
    const onSignedIn = vi.fn();
    render(<SignIn notice={null} onSignedIn={onSignedIn} />);
    fill('dana@example.com', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password.');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('asks for both fields before calling the server', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<SignIn notice="Your session has expired. Please sign in again." onSignedIn={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain('expired');
    fill('', '');
    expect(screen.getByRole('alert').textContent).toBe('Enter your email and password.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
