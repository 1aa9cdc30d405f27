/** Who reads the conversation: staff see internal notes and names, the requester sees the service desk. */
export type Audience = 'staff' | 'requester';
