import { leaveWarning } from '../utils/leave-warning';

describe('leaveWarning', () => {
  it('asks before dropping edits that cannot be saved', () => {
    expect(leaveWarning({ status: 'invalid', kitId: 'kit-1', edited: true })).toMatch(/some fields need fixing/);
    expect(leaveWarning({ status: 'error', kitId: 'kit-1', edited: true })).toMatch(/could not be saved/);
    expect(leaveWarning({ status: 'conflict', kitId: 'kit-1', edited: true })).toMatch(/could not be saved/);
  });

  it('asks about a new kit that was edited but never saved, for want of a role or title', () => {
    expect(leaveWarning({ status: 'saved', kitId: null, edited: true })).toMatch(/needs a role and a title/);
  });

  it('lets the person go when everything is saved, is being saved, or nothing was touched', () => {
    // Leaving sends a change still waiting for autosave; a new kit being created is about to have an id.
    expect(leaveWarning({ status: 'pending', kitId: 'kit-1', edited: true })).toBeNull();
    expect(leaveWarning({ status: 'saving', kitId: null, edited: true })).toBeNull();
    expect(leaveWarning({ status: 'saved', kitId: 'kit-1', edited: true })).toBeNull();
    expect(leaveWarning({ status: 'saving', kitId: 'kit-1', edited: true })).toBeNull();
    expect(leaveWarning({ status: 'saved', kitId: null, edited: false })).toBeNull();
  });
});
